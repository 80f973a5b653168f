# Generated from ui/unlock_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of unlock_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'unlock_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(520, 240)
        self.dialogLayout = QVBoxLayout(UnlockDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanation = QLabel(UnlockDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.unlockForm = QFormLayout()
        self.unlockForm.setObjectName(u"unlockForm")
        self.passphraseLabel = QLabel(UnlockDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.unlockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(UnlockDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.unlockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.recoveryLabel = QLabel(UnlockDialog)
        self.recoveryLabel.setObjectName(u"recoveryLabel")

        self.unlockForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recoveryLabel)

        self.recoveryEdit = QLineEdit(UnlockDialog)
        self.recoveryEdit.setObjectName(u"recoveryEdit")
        self.recoveryEdit.setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")

        self.unlockForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recoveryEdit)

        self.useRecoveryCheck = QCheckBox(UnlockDialog)
        self.useRecoveryCheck.setObjectName(u"useRecoveryCheck")

        self.unlockForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.useRecoveryCheck)

        self.formError = QLabel(UnlockDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.unlockForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formError)


        self.dialogLayout.addLayout(self.unlockForm)

        self.buttonBox = QDialogButtonBox(UnlockDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Open)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.recoveryLabel.setBuddy(self.recoveryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.useRecoveryCheck)
        QWidget.setTabOrder(self.useRecoveryCheck, self.recoveryEdit)
        QWidget.setTabOrder(self.recoveryEdit, self.buttonBox)

        self.retranslateUi(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Open the database", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase:", None))
        self.recoveryLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Recovery key:", None))
        self.useRecoveryCheck.setText(QCoreApplication.translate("UnlockDialog", u"I have lost the passphrase or the key: use the &recovery key", None))
        self.formError.setText("")
    # retranslateUi


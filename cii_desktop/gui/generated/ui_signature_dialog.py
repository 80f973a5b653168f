# Generated from ui/signature_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of signature_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'signature_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

from cii_desktop.gui.signature_pad import SignaturePad

class Ui_SignatureDialog(object):
    def setupUi(self, SignatureDialog):
        if not SignatureDialog.objectName():
            SignatureDialog.setObjectName(u"SignatureDialog")
        SignatureDialog.resize(620, 420)
        self.dialogLayout = QVBoxLayout(SignatureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.partyLabel = QLabel(SignatureDialog)
        self.partyLabel.setObjectName(u"partyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partyLabel)

        self.partyCombo = QComboBox(SignatureDialog)
        self.partyCombo.setObjectName(u"partyCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partyCombo)

        self.nameLabel = QLabel(SignatureDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SignatureDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.placeLabel = QLabel(SignatureDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(SignatureDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.dialogLayout.addLayout(self.form)

        self.padLabel = QLabel(SignatureDialog)
        self.padLabel.setObjectName(u"padLabel")

        self.dialogLayout.addWidget(self.padLabel)

        self.pad = SignaturePad(SignatureDialog)
        self.pad.setObjectName(u"pad")
        self.pad.setMinimumSize(QSize(560, 180))

        self.dialogLayout.addWidget(self.pad)

        self.padRow = QHBoxLayout()
        self.padRow.setObjectName(u"padRow")
        self.clearButton = QPushButton(SignatureDialog)
        self.clearButton.setObjectName(u"clearButton")

        self.padRow.addWidget(self.clearButton)

        self.formError = QLabel(SignatureDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.padRow.addWidget(self.formError)


        self.dialogLayout.addLayout(self.padRow)

        self.buttonBox = QDialogButtonBox(SignatureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.partyLabel.setBuddy(self.partyCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.placeLabel.setBuddy(self.placeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignatureDialog)
    # setupUi

    def retranslateUi(self, SignatureDialog):
        SignatureDialog.setWindowTitle(QCoreApplication.translate("SignatureDialog", u"Sign on screen", None))
        self.partyLabel.setText(QCoreApplication.translate("SignatureDialog", u"&Party:", None))
        self.nameLabel.setText(QCoreApplication.translate("SignatureDialog", u"&Name:", None))
        self.placeLabel.setText(QCoreApplication.translate("SignatureDialog", u"P&lace:", None))
        self.padLabel.setText(QCoreApplication.translate("SignatureDialog", u"Sign in the box with the mouse, a pen or a finger:", None))
        self.clearButton.setText(QCoreApplication.translate("SignatureDialog", u"&Clear", None))
        self.formError.setText("")
    # retranslateUi


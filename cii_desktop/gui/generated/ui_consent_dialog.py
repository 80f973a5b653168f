# Generated from ui/consent_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of consent_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'consent_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(720, 640)
        self.dialogLayout = QVBoxLayout(ConsentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stateLabel = QLabel(ConsentDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.stateLabel)

        self.consentsList = QListWidget(ConsentDialog)
        self.consentsList.setObjectName(u"consentsList")
        self.consentsList.setMaximumHeight(120)

        self.dialogLayout.addWidget(self.consentsList)

        self.recordButtons = QHBoxLayout()
        self.recordButtons.setObjectName(u"recordButtons")
        self.signedButton = QPushButton(ConsentDialog)
        self.signedButton.setObjectName(u"signedButton")

        self.recordButtons.addWidget(self.signedButton)

        self.revokeButton = QPushButton(ConsentDialog)
        self.revokeButton.setObjectName(u"revokeButton")

        self.recordButtons.addWidget(self.revokeButton)


        self.dialogLayout.addLayout(self.recordButtons)

        self.newBox = QGroupBox(ConsentDialog)
        self.newBox.setObjectName(u"newBox")
        self.newForm = QFormLayout(self.newBox)
        self.newForm.setObjectName(u"newForm")
        self.kindRow = QVBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.procurationRadio = QRadioButton(self.newBox)
        self.procurationRadio.setObjectName(u"procurationRadio")
        self.procurationRadio.setChecked(True)

        self.kindRow.addWidget(self.procurationRadio)

        self.refusalRadio = QRadioButton(self.newBox)
        self.refusalRadio.setObjectName(u"refusalRadio")

        self.kindRow.addWidget(self.refusalRadio)

        self.legalRadio = QRadioButton(self.newBox)
        self.legalRadio.setObjectName(u"legalRadio")

        self.kindRow.addWidget(self.legalRadio)


        self.newForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.institutionsLabel = QLabel(self.newBox)
        self.institutionsLabel.setObjectName(u"institutionsLabel")
        self.institutionsLabel.setWordWrap(True)

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.institutionsLabel)

        self.institutionsList = QListWidget(self.newBox)
        self.institutionsList.setObjectName(u"institutionsList")

        self.newForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.institutionsList)

        self.dateLabel = QLabel(self.newBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(self.newBox)
        self.dateEdit.setObjectName(u"dateEdit")

        self.newForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.validLabel = QLabel(self.newBox)
        self.validLabel.setObjectName(u"validLabel")

        self.newForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.validLabel)

        self.validEdit = QLineEdit(self.newBox)
        self.validEdit.setObjectName(u"validEdit")

        self.newForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.validEdit)

        self.signedCheck = QCheckBox(self.newBox)
        self.signedCheck.setObjectName(u"signedCheck")

        self.newForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signedCheck)

        self.decidedLabel = QLabel(self.newBox)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.newForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedEdit = QLineEdit(self.newBox)
        self.decidedEdit.setObjectName(u"decidedEdit")

        self.newForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decidedEdit)

        self.noteLabel = QLabel(self.newBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.newForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.newBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.newForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.formError = QLabel(self.newBox)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.newForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.formError)


        self.dialogLayout.addWidget(self.newBox)

        self.buttonBox = QDialogButtonBox(ConsentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.institutionsLabel.setBuddy(self.institutionsList)
        self.dateLabel.setBuddy(self.dateEdit)
        self.validLabel.setBuddy(self.validEdit)
        self.decidedLabel.setBuddy(self.decidedEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Consent and sharing", None))
        self.stateLabel.setText("")
        self.signedButton.setText(QCoreApplication.translate("ConsentDialog", u"Mark as &signed on paper", None))
        self.revokeButton.setText(QCoreApplication.translate("ConsentDialog", u"&Revoke", None))
        self.newBox.setTitle(QCoreApplication.translate("ConsentDialog", u"Record", None))
        self.procurationRadio.setText(QCoreApplication.translate("ConsentDialog", u"&Procuration CII", None))
        self.refusalRadio.setText(QCoreApplication.translate("ConsentDialog", u"Re&fusal of the person", None))
        self.legalRadio.setText(QCoreApplication.translate("ConsentDialog", u"&Legal basis LIAS art. 60 ff.", None))
        self.institutionsLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Institutions that may exchange information:", None))
        self.dateLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Date (dd.mm.yyyy):", None))
        self.validLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Valid until (empty: 2 years):", None))
        self.signedCheck.setText(QCoreApplication.translate("ConsentDialog", u"Already signed on paper", None))
        self.decidedLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Decided by:", None))
        self.noteLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Note:", None))
        self.formError.setText("")
    # retranslateUi


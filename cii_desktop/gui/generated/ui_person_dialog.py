# Generated from ui/person_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of person_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'person_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(900, 640)
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.identityGroup = QGroupBox(PersonDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.lastNameLabel = QLabel(self.identityGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.identityGroup)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.lastNameError = QLabel(self.identityGroup)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setWordWrap(True)
        self.lastNameError.setStyleSheet(u"color: #b00020;")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameError)

        self.firstNameLabel = QLabel(self.identityGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.identityGroup)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.firstNameError = QLabel(self.identityGroup)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setWordWrap(True)
        self.firstNameError.setStyleSheet(u"color: #b00020;")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstNameError)

        self.birthDateLabel = QLabel(self.identityGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.identityGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.birthDateError = QLabel(self.identityGroup)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setWordWrap(True)
        self.birthDateError.setStyleSheet(u"color: #b00020;")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthDateError)

        self.avsLabel = QLabel(self.identityGroup)
        self.avsLabel.setObjectName(u"avsLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.avsLabel)

        self.avsEdit = QLineEdit(self.identityGroup)
        self.avsEdit.setObjectName(u"avsEdit")
        self.avsEdit.setPlaceholderText(u"756.XXXX.XXXX.XC")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.avsEdit)

        self.avsError = QLabel(self.identityGroup)
        self.avsError.setObjectName(u"avsError")
        self.avsError.setWordWrap(True)
        self.avsError.setStyleSheet(u"color: #b00020;")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.avsError)

        self.languageLabel = QLabel(self.identityGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.identityGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.communeLabel = QLabel(self.identityGroup)
        self.communeLabel.setObjectName(u"communeLabel")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.communeLabel)

        self.communeEdit = QLineEdit(self.identityGroup)
        self.communeEdit.setObjectName(u"communeEdit")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.communeEdit)

        self.addressLabel = QLabel(self.identityGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.identityGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.identityGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.identityForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.identityGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.identityForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.identityGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.identityGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.identityGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setStyleSheet(u"color: #b00020;")

        self.identityForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.emailError)


        self.columns.addWidget(self.identityGroup)

        self.situationGroup = QGroupBox(PersonDialog)
        self.situationGroup.setObjectName(u"situationGroup")
        self.situationForm = QFormLayout(self.situationGroup)
        self.situationForm.setObjectName(u"situationForm")
        self.ijAcCheck = QCheckBox(self.situationGroup)
        self.ijAcCheck.setObjectName(u"ijAcCheck")

        self.situationForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.ijAcCheck)

        self.endOfRightsLabel = QLabel(self.situationGroup)
        self.endOfRightsLabel.setObjectName(u"endOfRightsLabel")

        self.situationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endOfRightsLabel)

        self.endOfRightsEdit = QLineEdit(self.situationGroup)
        self.endOfRightsEdit.setObjectName(u"endOfRightsEdit")

        self.situationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endOfRightsEdit)

        self.waitingPeriodCheck = QCheckBox(self.situationGroup)
        self.waitingPeriodCheck.setObjectName(u"waitingPeriodCheck")

        self.situationForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.waitingPeriodCheck)

        self.sanctionedCheck = QCheckBox(self.situationGroup)
        self.sanctionedCheck.setObjectName(u"sanctionedCheck")

        self.situationForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.sanctionedCheck)

        self.withoutRightsCheck = QCheckBox(self.situationGroup)
        self.withoutRightsCheck.setObjectName(u"withoutRightsCheck")

        self.situationForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.withoutRightsCheck)

        self.socialAssistanceCheck = QCheckBox(self.situationGroup)
        self.socialAssistanceCheck.setObjectName(u"socialAssistanceCheck")

        self.situationForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.socialAssistanceCheck)

        self.employabilityLabel = QLabel(self.situationGroup)
        self.employabilityLabel.setObjectName(u"employabilityLabel")

        self.situationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.employabilityLabel)

        self.employabilityEdit = QLineEdit(self.situationGroup)
        self.employabilityEdit.setObjectName(u"employabilityEdit")

        self.situationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.employabilityEdit)

        self.fitCheck = QCheckBox(self.situationGroup)
        self.fitCheck.setObjectName(u"fitCheck")

        self.situationForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.fitCheck)

        self.fitnessExamLabel = QLabel(self.situationGroup)
        self.fitnessExamLabel.setObjectName(u"fitnessExamLabel")

        self.situationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.fitnessExamLabel)

        self.fitnessExamEdit = QLineEdit(self.situationGroup)
        self.fitnessExamEdit.setObjectName(u"fitnessExamEdit")

        self.situationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.fitnessExamEdit)

        self.pqfLabel = QLabel(self.situationGroup)
        self.pqfLabel.setObjectName(u"pqfLabel")

        self.situationForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.pqfLabel)

        self.pqfEdit = QLineEdit(self.situationGroup)
        self.pqfEdit.setObjectName(u"pqfEdit")

        self.situationForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.pqfEdit)

        self.deregisteredLabel = QLabel(self.situationGroup)
        self.deregisteredLabel.setObjectName(u"deregisteredLabel")

        self.situationForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.deregisteredLabel)

        self.deregisteredEdit = QLineEdit(self.situationGroup)
        self.deregisteredEdit.setObjectName(u"deregisteredEdit")

        self.situationForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.deregisteredEdit)

        self.youngAdultCheck = QCheckBox(self.situationGroup)
        self.youngAdultCheck.setObjectName(u"youngAdultCheck")

        self.situationForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.youngAdultCheck)

        self.situationError = QLabel(self.situationGroup)
        self.situationError.setObjectName(u"situationError")
        self.situationError.setWordWrap(True)
        self.situationError.setStyleSheet(u"color: #b00020;")

        self.situationForm.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.situationError)


        self.columns.addWidget(self.situationGroup)


        self.dialogLayout.addLayout(self.columns)

        self.caseGroup = QGroupBox(PersonDialog)
        self.caseGroup.setObjectName(u"caseGroup")
        self.caseForm = QFormLayout(self.caseGroup)
        self.caseForm.setObjectName(u"caseForm")
        self.officeLabel = QLabel(self.caseGroup)
        self.officeLabel.setObjectName(u"officeLabel")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeCombo = QComboBox(self.caseGroup)
        self.officeCombo.setObjectName(u"officeCombo")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeCombo)

        self.institutionLabel = QLabel(self.caseGroup)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.caseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institutionCombo = QComboBox(self.caseGroup)
        self.institutionCombo.setObjectName(u"institutionCombo")

        self.caseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.institutionCombo)

        self.summaryLabel = QLabel(self.caseGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.caseGroup)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.caseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.dialogLayout.addWidget(self.caseGroup)

        self.formError = QLabel(PersonDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.avsLabel.setBuddy(self.avsEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.communeLabel.setBuddy(self.communeEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.endOfRightsLabel.setBuddy(self.endOfRightsEdit)
        self.employabilityLabel.setBuddy(self.employabilityEdit)
        self.fitnessExamLabel.setBuddy(self.fitnessExamEdit)
        self.pqfLabel.setBuddy(self.pqfEdit)
        self.deregisteredLabel.setBuddy(self.deregisteredEdit)
        self.officeLabel.setBuddy(self.officeCombo)
        self.institutionLabel.setBuddy(self.institutionCombo)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lastNameEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.avsEdit)
        QWidget.setTabOrder(self.avsEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.communeEdit)
        QWidget.setTabOrder(self.communeEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.ijAcCheck)
        QWidget.setTabOrder(self.ijAcCheck, self.endOfRightsEdit)
        QWidget.setTabOrder(self.endOfRightsEdit, self.waitingPeriodCheck)
        QWidget.setTabOrder(self.waitingPeriodCheck, self.sanctionedCheck)
        QWidget.setTabOrder(self.sanctionedCheck, self.withoutRightsCheck)
        QWidget.setTabOrder(self.withoutRightsCheck, self.socialAssistanceCheck)
        QWidget.setTabOrder(self.socialAssistanceCheck, self.employabilityEdit)
        QWidget.setTabOrder(self.employabilityEdit, self.fitCheck)
        QWidget.setTabOrder(self.fitCheck, self.fitnessExamEdit)
        QWidget.setTabOrder(self.fitnessExamEdit, self.pqfEdit)
        QWidget.setTabOrder(self.pqfEdit, self.deregisteredEdit)
        QWidget.setTabOrder(self.deregisteredEdit, self.youngAdultCheck)
        QWidget.setTabOrder(self.youngAdultCheck, self.officeCombo)
        QWidget.setTabOrder(self.officeCombo, self.institutionCombo)
        QWidget.setTabOrder(self.institutionCombo, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.buttonBox)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.identityGroup.setTitle(QCoreApplication.translate("PersonDialog", u"Identity", None))
        self.lastNameLabel.setText(QCoreApplication.translate("PersonDialog", u"Last &name:", None))
        self.lastNameError.setText("")
        self.firstNameLabel.setText(QCoreApplication.translate("PersonDialog", u"&First name:", None))
        self.firstNameError.setText("")
        self.birthDateLabel.setText(QCoreApplication.translate("PersonDialog", u"&Birth date:", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd.mm.yyyy", None))
        self.birthDateError.setText("")
        self.avsLabel.setText(QCoreApplication.translate("PersonDialog", u"&AVS number:", None))
        self.avsError.setText("")
        self.languageLabel.setText(QCoreApplication.translate("PersonDialog", u"Lan&guage:", None))
        self.communeLabel.setText(QCoreApplication.translate("PersonDialog", u"&Commune of residence:", None))
        self.addressLabel.setText(QCoreApplication.translate("PersonDialog", u"A&ddress:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Telephone:", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&E-mail:", None))
        self.emailError.setText("")
        self.situationGroup.setTitle(QCoreApplication.translate("PersonDialog", u"Situation", None))
        self.ijAcCheck.setText(QCoreApplication.translate("PersonDialog", u"Receives unemployment benefits (IJ AC)", None))
        self.endOfRightsLabel.setText(QCoreApplication.translate("PersonDialog", u"End of ri&ghts:", None))
        self.endOfRightsEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd.mm.yyyy", None))
        self.waitingPeriodCheck.setText(QCoreApplication.translate("PersonDialog", u"In a waiting period", None))
        self.sanctionedCheck.setText(QCoreApplication.translate("PersonDialog", u"Sanctioned", None))
        self.withoutRightsCheck.setText(QCoreApplication.translate("PersonDialog", u"Job seeker without rights (LSE)", None))
        self.socialAssistanceCheck.setText(QCoreApplication.translate("PersonDialog", u"Receives social assistance", None))
        self.employabilityLabel.setText(QCoreApplication.translate("PersonDialog", u"Employability &verified on:", None))
        self.employabilityEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd.mm.yyyy", None))
        self.fitCheck.setText(QCoreApplication.translate("PersonDialog", u"Fit for placement", None))
        self.fitnessExamLabel.setText(QCoreApplication.translate("PersonDialog", u"Fitness e&xamination filed on:", None))
        self.fitnessExamEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd.mm.yyyy", None))
        self.pqfLabel.setText(QCoreApplication.translate("PersonDialog", u"&PQF started on:", None))
        self.pqfEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd.mm.yyyy", None))
        self.deregisteredLabel.setText(QCoreApplication.translate("PersonDialog", u"&Deregistered on:", None))
        self.deregisteredEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd.mm.yyyy", None))
        self.youngAdultCheck.setText(QCoreApplication.translate("PersonDialog", u"Young adult (CII youth)", None))
        self.situationError.setText("")
        self.caseGroup.setTitle(QCoreApplication.translate("PersonDialog", u"New case", None))
        self.officeLabel.setText(QCoreApplication.translate("PersonDialog", u"&Office:", None))
        self.institutionLabel.setText(QCoreApplication.translate("PersonDialog", u"Lead &institution:", None))
        self.summaryLabel.setText(QCoreApplication.translate("PersonDialog", u"S&ummary:", None))
        self.formError.setText("")
    # retranslateUi


# Generated from ui/first_run_wizard.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of first_run_wizard.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'first_run_wizard.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(640, 480)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.languagePage = QWizardPage()
        self.languagePage.setObjectName(u"languagePage")
        self.languageForm = QFormLayout(self.languagePage)
        self.languageForm.setObjectName(u"languageForm")
        self.languageLabel = QLabel(self.languagePage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languagePage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.dataDirLabel = QLabel(self.languagePage)
        self.dataDirLabel.setObjectName(u"dataDirLabel")

        self.languageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataDirLabel)

        self.dataDirValue = QLabel(self.languagePage)
        self.dataDirValue.setObjectName(u"dataDirValue")
        self.dataDirValue.setText(u"")
        self.dataDirValue.setWordWrap(True)
        self.dataDirValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.languageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dataDirValue)

        FirstRunWizard.addPage(self.languagePage)
        self.profilePage = QWizardPage()
        self.profilePage.setObjectName(u"profilePage")
        self.profileForm = QFormLayout(self.profilePage)
        self.profileForm.setObjectName(u"profileForm")
        self.nameLabel = QLabel(self.profilePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.profilePage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.profilePage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.profilePage)
        self.roleCombo.setObjectName(u"roleCombo")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.institutionLabel = QLabel(self.profilePage)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institutionCombo = QComboBox(self.profilePage)
        self.institutionCombo.setObjectName(u"institutionCombo")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.institutionCombo)

        self.officeLabel = QLabel(self.profilePage)
        self.officeLabel.setObjectName(u"officeLabel")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeCombo = QComboBox(self.profilePage)
        self.officeCombo.setObjectName(u"officeCombo")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officeCombo)

        self.profileError = QLabel(self.profilePage)
        self.profileError.setObjectName(u"profileError")
        self.profileError.setStyleSheet(u"color: #b00020;")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.profileError)

        FirstRunWizard.addPage(self.profilePage)
        self.protectionPage = QWizardPage()
        self.protectionPage.setObjectName(u"protectionPage")
        self.protectionLayout = QVBoxLayout(self.protectionPage)
        self.protectionLayout.setObjectName(u"protectionLayout")
        self.keystoreRadio = QRadioButton(self.protectionPage)
        self.keystoreRadio.setObjectName(u"keystoreRadio")
        self.keystoreRadio.setChecked(True)

        self.protectionLayout.addWidget(self.keystoreRadio)

        self.keystoreNote = QLabel(self.protectionPage)
        self.keystoreNote.setObjectName(u"keystoreNote")
        self.keystoreNote.setText(u"")
        self.keystoreNote.setWordWrap(True)

        self.protectionLayout.addWidget(self.keystoreNote)

        self.passphraseRadio = QRadioButton(self.protectionPage)
        self.passphraseRadio.setObjectName(u"passphraseRadio")

        self.protectionLayout.addWidget(self.passphraseRadio)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseLabel = QLabel(self.protectionPage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.protectionPage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(self.protectionPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.protectionPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.protectionLayout.addLayout(self.passphraseForm)

        self.protectionError = QLabel(self.protectionPage)
        self.protectionError.setObjectName(u"protectionError")
        self.protectionError.setWordWrap(True)
        self.protectionError.setStyleSheet(u"color: #b00020;")

        self.protectionLayout.addWidget(self.protectionError)

        FirstRunWizard.addPage(self.protectionPage)
        self.recoveryPage = QWizardPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryKeyValue = QLabel(self.recoveryPage)
        self.recoveryKeyValue.setObjectName(u"recoveryKeyValue")
        self.recoveryKeyValue.setText(u"")
        self.recoveryKeyValue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recoveryKeyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recoveryKeyValue.setStyleSheet(u"font-family: monospace; font-size: 16pt; padding: 12px; border: 1px solid #888;")

        self.recoveryLayout.addWidget(self.recoveryKeyValue)

        self.recoveryAdvice = QLabel(self.recoveryPage)
        self.recoveryAdvice.setObjectName(u"recoveryAdvice")
        self.recoveryAdvice.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryAdvice)

        self.printButton = QPushButton(self.recoveryPage)
        self.printButton.setObjectName(u"printButton")

        self.recoveryLayout.addWidget(self.printButton)

        self.keptCheck = QCheckBox(self.recoveryPage)
        self.keptCheck.setObjectName(u"keptCheck")

        self.recoveryLayout.addWidget(self.keptCheck)

        FirstRunWizard.addPage(self.recoveryPage)
#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.institutionLabel.setBuddy(self.institutionCombo)
        self.officeLabel.setBuddy(self.officeCombo)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"CII Desktop \u2013 first start", None))
        self.languagePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Welcome", None))
        self.languagePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"CII Desktop keeps the cases of the CII network encrypted on this computer.", None))
        self.languageLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Language / Sprache:", None))
        self.dataDirLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Data folder:", None))
        self.profilePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your profile", None))
        self.profilePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Your name signs the notes and status changes you record.", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Name:", None))
        self.roleLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Role:", None))
        self.institutionLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Institution:", None))
        self.officeLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Office:", None))
        self.profileError.setText("")
        self.protectionPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Protecting the database", None))
        self.protectionPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The database is encrypted. Its key is kept in the keystore of this computer, or derived from a passphrase you choose.", None))
        self.keystoreRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Keep the key in the &keystore of this computer (recommended)", None))
        self.passphraseRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Protect with a &passphrase (asked at each start)", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Pa&ssphrase:", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunWizard", u"R&epeat:", None))
        self.protectionError.setText("")
        self.recoveryPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Recovery key", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"If the key or the passphrase is ever lost, only this recovery key opens the database. It is shown only this once.", None))
        self.recoveryAdvice.setText(QCoreApplication.translate("FirstRunWizard", u"Print it or write it down and keep it locked away, apart from this computer. Never store it in a file on this computer.", None))
        self.printButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Print the recovery key\u2026", None))
        self.keptCheck.setText(QCoreApplication.translate("FirstRunWizard", u"I have &printed or written down the recovery key", None))
    # retranslateUi


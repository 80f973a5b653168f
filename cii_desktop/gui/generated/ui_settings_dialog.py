# Generated from ui/settings_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of settings_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'settings_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 520)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.profileGroup = QGroupBox(SettingsDialog)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileForm = QFormLayout(self.profileGroup)
        self.profileForm.setObjectName(u"profileForm")
        self.nameLabel = QLabel(self.profileGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.profileGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.profileGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #b00020;")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.roleLabel = QLabel(self.profileGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.profileGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.institutionLabel = QLabel(self.profileGroup)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institutionCombo = QComboBox(self.profileGroup)
        self.institutionCombo.setObjectName(u"institutionCombo")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.institutionCombo)

        self.officeLabel = QLabel(self.profileGroup)
        self.officeLabel.setObjectName(u"officeLabel")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeCombo = QComboBox(self.profileGroup)
        self.officeCombo.setObjectName(u"officeCombo")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officeCombo)

        self.emailLabel = QLabel(self.profileGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.profileGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.dialogLayout.addWidget(self.profileGroup)

        self.appGroup = QGroupBox(SettingsDialog)
        self.appGroup.setObjectName(u"appGroup")
        self.appForm = QFormLayout(self.appGroup)
        self.appForm.setObjectName(u"appForm")
        self.languageLabel = QLabel(self.appGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.appForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.appGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.appForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.dataDirLabel = QLabel(self.appGroup)
        self.dataDirLabel.setObjectName(u"dataDirLabel")

        self.appForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataDirLabel)

        self.dataDirEdit = QLineEdit(self.appGroup)
        self.dataDirEdit.setObjectName(u"dataDirEdit")

        self.appForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dataDirEdit)

        self.dataDirButton = QPushButton(self.appGroup)
        self.dataDirButton.setObjectName(u"dataDirButton")

        self.appForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.dataDirButton)

        self.shareLabel = QLabel(self.appGroup)
        self.shareLabel.setObjectName(u"shareLabel")

        self.appForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.shareLabel)

        self.shareEdit = QLineEdit(self.appGroup)
        self.shareEdit.setObjectName(u"shareEdit")
        self.shareEdit.setPlaceholderText(u"\\\\server\\cii  /mnt/cii")

        self.appForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shareEdit)

        self.shareButton = QPushButton(self.appGroup)
        self.shareButton.setObjectName(u"shareButton")

        self.appForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.shareButton)

        self.restartNote = QLabel(self.appGroup)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.appForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.restartNote)


        self.dialogLayout.addWidget(self.appGroup)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.institutionLabel.setBuddy(self.institutionCombo)
        self.officeLabel.setBuddy(self.officeCombo)
        self.emailLabel.setBuddy(self.emailEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.dataDirLabel.setBuddy(self.dataDirEdit)
        self.shareLabel.setBuddy(self.shareEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.institutionCombo)
        QWidget.setTabOrder(self.institutionCombo, self.officeCombo)
        QWidget.setTabOrder(self.officeCombo, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.dataDirEdit)
        QWidget.setTabOrder(self.dataDirEdit, self.dataDirButton)
        QWidget.setTabOrder(self.dataDirButton, self.shareEdit)
        QWidget.setTabOrder(self.shareEdit, self.shareButton)
        QWidget.setTabOrder(self.shareButton, self.buttonBox)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.profileGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"User profile", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Name:", None))
        self.nameError.setText("")
        self.roleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Role:", None))
        self.institutionLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Institution:", None))
        self.officeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Office:", None))
        self.emailLabel.setText(QCoreApplication.translate("SettingsDialog", u"&E-mail:", None))
        self.appGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Application", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.dataDirLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Data folder:", None))
        self.dataDirButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose the data folder\u2026", None))
        self.shareLabel.setText(QCoreApplication.translate("SettingsDialog", u"S&hared server folder:", None))
        self.shareButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose the shared folder\u2026", None))
        self.restartNote.setText(QCoreApplication.translate("SettingsDialog", u"A new data folder is opened the next time CII Desktop starts.", None))
    # retranslateUi


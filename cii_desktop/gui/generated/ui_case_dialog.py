# Generated from ui/case_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of case_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'case_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(560, 400)
        self.dialogLayout = QVBoxLayout(CaseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.caseForm = QFormLayout()
        self.caseForm.setObjectName(u"caseForm")
        self.referenceLabel = QLabel(CaseDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceValue = QLabel(CaseDialog)
        self.referenceValue.setObjectName(u"referenceValue")
        self.referenceValue.setText(u"")
        self.referenceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.caseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referenceValue)

        self.officeLabel = QLabel(CaseDialog)
        self.officeLabel.setObjectName(u"officeLabel")

        self.caseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeCombo = QComboBox(CaseDialog)
        self.officeCombo.setObjectName(u"officeCombo")

        self.caseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeCombo)

        self.institutionLabel = QLabel(CaseDialog)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institutionCombo = QComboBox(CaseDialog)
        self.institutionCombo.setObjectName(u"institutionCombo")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.institutionCombo)

        self.statusLabel = QLabel(CaseDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.caseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(CaseDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.caseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusNoteLabel = QLabel(CaseDialog)
        self.statusNoteLabel.setObjectName(u"statusNoteLabel")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusNoteLabel)

        self.statusNoteEdit = QLineEdit(CaseDialog)
        self.statusNoteEdit.setObjectName(u"statusNoteEdit")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusNoteEdit)

        self.summaryLabel = QLabel(CaseDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.caseForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(CaseDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.caseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.formError = QLabel(CaseDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.formError)


        self.dialogLayout.addLayout(self.caseForm)

        self.buttonBox = QDialogButtonBox(CaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.referenceLabel.setBuddy(self.referenceValue)
        self.officeLabel.setBuddy(self.officeCombo)
        self.institutionLabel.setBuddy(self.institutionCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.statusNoteLabel.setBuddy(self.statusNoteEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeCombo, self.institutionCombo)
        QWidget.setTabOrder(self.institutionCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.statusNoteEdit)
        QWidget.setTabOrder(self.statusNoteEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.buttonBox)

        self.retranslateUi(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"Case", None))
        self.referenceLabel.setText(QCoreApplication.translate("CaseDialog", u"Reference:", None))
        self.officeLabel.setText(QCoreApplication.translate("CaseDialog", u"&Office:", None))
        self.institutionLabel.setText(QCoreApplication.translate("CaseDialog", u"Lead &institution:", None))
        self.statusLabel.setText(QCoreApplication.translate("CaseDialog", u"S&tatus:", None))
        self.statusNoteLabel.setText(QCoreApplication.translate("CaseDialog", u"Status &note:", None))
        self.summaryLabel.setText(QCoreApplication.translate("CaseDialog", u"S&ummary:", None))
        self.formError.setText("")
    # retranslateUi


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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(760, 600)
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

        self.institutionsGroup = QGroupBox(CaseDialog)
        self.institutionsGroup.setObjectName(u"institutionsGroup")
        self.institutionsLayout = QVBoxLayout(self.institutionsGroup)
        self.institutionsLayout.setObjectName(u"institutionsLayout")
        self.institutionsTable = QTableWidget(self.institutionsGroup)
        if (self.institutionsTable.columnCount() < 5):
            self.institutionsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.institutionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.institutionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.institutionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.institutionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.institutionsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.institutionsTable.setObjectName(u"institutionsTable")
        self.institutionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.institutionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.institutionsTable.setColumnCount(5)

        self.institutionsLayout.addWidget(self.institutionsTable)

        self.institutionButtons = QHBoxLayout()
        self.institutionButtons.setObjectName(u"institutionButtons")
        self.addInstitutionButton = QPushButton(self.institutionsGroup)
        self.addInstitutionButton.setObjectName(u"addInstitutionButton")

        self.institutionButtons.addWidget(self.addInstitutionButton)

        self.removeInstitutionButton = QPushButton(self.institutionsGroup)
        self.removeInstitutionButton.setObjectName(u"removeInstitutionButton")

        self.institutionButtons.addWidget(self.removeInstitutionButton)

        self.institutionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.institutionButtons.addItem(self.institutionSpacer)


        self.institutionsLayout.addLayout(self.institutionButtons)


        self.dialogLayout.addWidget(self.institutionsGroup)

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
        QWidget.setTabOrder(self.summaryEdit, self.institutionsTable)
        QWidget.setTabOrder(self.institutionsTable, self.addInstitutionButton)
        QWidget.setTabOrder(self.addInstitutionButton, self.removeInstitutionButton)
        QWidget.setTabOrder(self.removeInstitutionButton, self.buttonBox)

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
        self.institutionsGroup.setTitle(QCoreApplication.translate("CaseDialog", u"Institutions involved", None))
        ___qtablewidgetitem = self.institutionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CaseDialog", u"Institution", None))
        ___qtablewidgetitem1 = self.institutionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CaseDialog", u"Role", None))
        ___qtablewidgetitem2 = self.institutionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CaseDialog", u"Contact person", None))
        ___qtablewidgetitem3 = self.institutionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CaseDialog", u"E-mail", None))
        ___qtablewidgetitem4 = self.institutionsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CaseDialog", u"Telephone", None))
        self.addInstitutionButton.setText(QCoreApplication.translate("CaseDialog", u"A&dd an institution", None))
        self.removeInstitutionButton.setText(QCoreApplication.translate("CaseDialog", u"&Remove", None))
    # retranslateUi


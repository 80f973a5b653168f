# Generated from ui/triage_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of triage_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'triage_dialog.ui'

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
    QPushButton, QRadioButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_TriageDialog(object):
    def setupUi(self, TriageDialog):
        if not TriageDialog.objectName():
            TriageDialog.setObjectName(u"TriageDialog")
        TriageDialog.resize(860, 600)
        self.dialogLayout = QVBoxLayout(TriageDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.inboxTable = QTableWidget(TriageDialog)
        self.inboxTable.setObjectName(u"inboxTable")
        self.inboxTable.setColumnCount(5)
        self.inboxTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inboxTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inboxTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dialogLayout.addWidget(self.inboxTable)

        self.announcementView = QTextBrowser(TriageDialog)
        self.announcementView.setObjectName(u"announcementView")
        self.announcementView.setMaximumHeight(150)

        self.dialogLayout.addWidget(self.announcementView)

        self.decisionBox = QGroupBox(TriageDialog)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionForm = QFormLayout(self.decisionBox)
        self.decisionForm.setObjectName(u"decisionForm")
        self.outcomeRow = QHBoxLayout()
        self.outcomeRow.setObjectName(u"outcomeRow")
        self.acceptRadio = QRadioButton(self.decisionBox)
        self.acceptRadio.setObjectName(u"acceptRadio")
        self.acceptRadio.setChecked(True)

        self.outcomeRow.addWidget(self.acceptRadio)

        self.refuseRadio = QRadioButton(self.decisionBox)
        self.refuseRadio.setObjectName(u"refuseRadio")

        self.outcomeRow.addWidget(self.refuseRadio)


        self.decisionForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.outcomeRow)

        self.handlingLabel = QLabel(self.decisionBox)
        self.handlingLabel.setObjectName(u"handlingLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.handlingLabel)

        self.handlingCombo = QComboBox(self.decisionBox)
        self.handlingCombo.setObjectName(u"handlingCombo")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.handlingCombo)

        self.reasonLabel = QLabel(self.decisionBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.decisionBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.suggestionsLabel = QLabel(self.decisionBox)
        self.suggestionsLabel.setObjectName(u"suggestionsLabel")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.suggestionsLabel)

        self.suggestionsEdit = QLineEdit(self.decisionBox)
        self.suggestionsEdit.setObjectName(u"suggestionsEdit")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.suggestionsEdit)

        self.formError = QLabel(self.decisionBox)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.formError)

        self.decideButton = QPushButton(self.decisionBox)
        self.decideButton.setObjectName(u"decideButton")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decideButton)


        self.dialogLayout.addWidget(self.decisionBox)

        self.buttonBox = QDialogButtonBox(TriageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.handlingLabel.setBuddy(self.handlingCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.suggestionsLabel.setBuddy(self.suggestionsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TriageDialog)
    # setupUi

    def retranslateUi(self, TriageDialog):
        TriageDialog.setWindowTitle(QCoreApplication.translate("TriageDialog", u"Bureau CII \u2013 announcements to decide", None))
        self.decisionBox.setTitle(QCoreApplication.translate("TriageDialog", u"Decision", None))
        self.acceptRadio.setText(QCoreApplication.translate("TriageDialog", u"&Accept", None))
        self.refuseRadio.setText(QCoreApplication.translate("TriageDialog", u"&Refuse (back to the announcing professional)", None))
        self.handlingLabel.setText(QCoreApplication.translate("TriageDialog", u"&Handling:", None))
        self.reasonLabel.setText(QCoreApplication.translate("TriageDialog", u"R&eason:", None))
        self.suggestionsLabel.setText(QCoreApplication.translate("TriageDialog", u"&Suggestions:", None))
        self.formError.setText("")
        self.decideButton.setText(QCoreApplication.translate("TriageDialog", u"&Record the decision", None))
    # retranslateUi


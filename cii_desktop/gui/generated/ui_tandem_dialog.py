# Generated from ui/tandem_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of tandem_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'tandem_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_TandemDialog(object):
    def setupUi(self, TandemDialog):
        if not TandemDialog.objectName():
            TandemDialog.setObjectName(u"TandemDialog")
        TandemDialog.resize(820, 680)
        self.dialogLayout = QVBoxLayout(TandemDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.eligibilityLabel = QLabel(TandemDialog)
        self.eligibilityLabel.setObjectName(u"eligibilityLabel")
        self.eligibilityLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.eligibilityLabel)

        self.startForm = QFormLayout()
        self.startForm.setObjectName(u"startForm")
        self.startLabel = QLabel(TandemDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.startForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(TandemDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.startForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.leadOrpLabel = QLabel(TandemDialog)
        self.leadOrpLabel.setObjectName(u"leadOrpLabel")

        self.startForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leadOrpLabel)

        self.leadOrpEdit = QLineEdit(TandemDialog)
        self.leadOrpEdit.setObjectName(u"leadOrpEdit")

        self.startForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leadOrpEdit)

        self.leadCmsLabel = QLabel(TandemDialog)
        self.leadCmsLabel.setObjectName(u"leadCmsLabel")

        self.startForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leadCmsLabel)

        self.leadCmsEdit = QLineEdit(TandemDialog)
        self.leadCmsEdit.setObjectName(u"leadCmsEdit")

        self.startForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leadCmsEdit)

        self.objectivesLabel = QLabel(TandemDialog)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.startForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.objectivesLabel)

        self.objectivesEdit = QPlainTextEdit(TandemDialog)
        self.objectivesEdit.setObjectName(u"objectivesEdit")
        self.objectivesEdit.setMaximumHeight(48)
        self.objectivesEdit.setTabChangesFocus(True)

        self.startForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.objectivesEdit)

        self.startButton = QPushButton(TandemDialog)
        self.startButton.setObjectName(u"startButton")

        self.startForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startButton)


        self.dialogLayout.addLayout(self.startForm)

        self.rhythmLabel = QLabel(TandemDialog)
        self.rhythmLabel.setObjectName(u"rhythmLabel")
        self.rhythmLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.rhythmLabel)

        self.logLabel = QLabel(TandemDialog)
        self.logLabel.setObjectName(u"logLabel")

        self.dialogLayout.addWidget(self.logLabel)

        self.interviewsTable = QTableWidget(TandemDialog)
        self.interviewsTable.setObjectName(u"interviewsTable")
        self.interviewsTable.setColumnCount(3)
        self.interviewsTable.setMinimumHeight(140)

        self.dialogLayout.addWidget(self.interviewsTable)

        self.interviewForm = QFormLayout()
        self.interviewForm.setObjectName(u"interviewForm")
        self.interviewDateLabel = QLabel(TandemDialog)
        self.interviewDateLabel.setObjectName(u"interviewDateLabel")

        self.interviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interviewDateLabel)

        self.interviewDateEdit = QLineEdit(TandemDialog)
        self.interviewDateEdit.setObjectName(u"interviewDateEdit")

        self.interviewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.interviewDateEdit)

        self.interviewWhoLabel = QLabel(TandemDialog)
        self.interviewWhoLabel.setObjectName(u"interviewWhoLabel")

        self.interviewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.interviewWhoLabel)

        self.interviewWhoEdit = QLineEdit(TandemDialog)
        self.interviewWhoEdit.setObjectName(u"interviewWhoEdit")

        self.interviewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.interviewWhoEdit)

        self.interviewNotesLabel = QLabel(TandemDialog)
        self.interviewNotesLabel.setObjectName(u"interviewNotesLabel")

        self.interviewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interviewNotesLabel)

        self.interviewNotesEdit = QPlainTextEdit(TandemDialog)
        self.interviewNotesEdit.setObjectName(u"interviewNotesEdit")
        self.interviewNotesEdit.setTabChangesFocus(True)
        self.interviewNotesEdit.setMaximumHeight(60)

        self.interviewForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interviewNotesEdit)

        self.logButton = QPushButton(TandemDialog)
        self.logButton.setObjectName(u"logButton")

        self.interviewForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.logButton)

        self.outcomeLabel = QLabel(TandemDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.interviewForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(TandemDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.interviewForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.closedLabel = QLabel(TandemDialog)
        self.closedLabel.setObjectName(u"closedLabel")

        self.interviewForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.closedLabel)

        self.closedEdit = QLineEdit(TandemDialog)
        self.closedEdit.setObjectName(u"closedEdit")

        self.interviewForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.closedEdit)


        self.dialogLayout.addLayout(self.interviewForm)

        self.tandemButtons = QHBoxLayout()
        self.tandemButtons.setObjectName(u"tandemButtons")
        self.closeTandemButton = QPushButton(TandemDialog)
        self.closeTandemButton.setObjectName(u"closeTandemButton")

        self.tandemButtons.addWidget(self.closeTandemButton)

        self.tandemSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tandemButtons.addItem(self.tandemSpacer)

        self.printPlanButton = QPushButton(TandemDialog)
        self.printPlanButton.setObjectName(u"printPlanButton")

        self.tandemButtons.addWidget(self.printPlanButton)


        self.dialogLayout.addLayout(self.tandemButtons)

        self.formError = QLabel(TandemDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(TandemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startEdit)
        self.leadOrpLabel.setBuddy(self.leadOrpEdit)
        self.leadCmsLabel.setBuddy(self.leadCmsEdit)
        self.objectivesLabel.setBuddy(self.objectivesEdit)
        self.logLabel.setBuddy(self.interviewsTable)
        self.interviewDateLabel.setBuddy(self.interviewDateEdit)
        self.interviewWhoLabel.setBuddy(self.interviewWhoEdit)
        self.interviewNotesLabel.setBuddy(self.interviewNotesEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.closedLabel.setBuddy(self.closedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TandemDialog)
    # setupUi

    def retranslateUi(self, TandemDialog):
        TandemDialog.setWindowTitle(QCoreApplication.translate("TandemDialog", u"D\u00e9cloisonnement LIAS-LEMC tandem", None))
        self.eligibilityLabel.setText("")
        self.startLabel.setText(QCoreApplication.translate("TandemDialog", u"&Start (dd.mm.yyyy):", None))
        self.leadOrpLabel.setText(QCoreApplication.translate("TandemDialog", u"ORP &counsellor:", None))
        self.leadCmsLabel.setText(QCoreApplication.translate("TandemDialog", u"CMS social &worker:", None))
        self.objectivesLabel.setText(QCoreApplication.translate("TandemDialog", u"Plan &objectives:", None))
        self.startButton.setText(QCoreApplication.translate("TandemDialog", u"Start the &tandem", None))
        self.rhythmLabel.setText("")
        self.logLabel.setText(QCoreApplication.translate("TandemDialog", u"Interview &log:", None))
        self.interviewDateLabel.setText(QCoreApplication.translate("TandemDialog", u"Interview &date (dd.mm.yyyy):", None))
        self.interviewWhoLabel.setText(QCoreApplication.translate("TandemDialog", u"&Who took part:", None))
        self.interviewNotesLabel.setText(QCoreApplication.translate("TandemDialog", u"N&otes:", None))
        self.logButton.setText(QCoreApplication.translate("TandemDialog", u"Add to the &log", None))
        self.outcomeLabel.setText(QCoreApplication.translate("TandemDialog", u"Closure o&utcome:", None))
        self.closedLabel.setText(QCoreApplication.translate("TandemDialog", u"Closed o&n (dd.mm.yyyy):", None))
        self.closeTandemButton.setText(QCoreApplication.translate("TandemDialog", u"Record the o&utcome", None))
        self.printPlanButton.setText(QCoreApplication.translate("TandemDialog", u"&Print plan and log\u2026", None))
        self.formError.setText("")
    # retranslateUi


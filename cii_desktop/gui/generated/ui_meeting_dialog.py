# Generated from ui/meeting_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of meeting_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'meeting_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(900, 680)
        self.dialogLayout = QVBoxLayout(MeetingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(MeetingDialog)
        self.tabs.setObjectName(u"tabs")
        self.planningTab = QWidget()
        self.planningTab.setObjectName(u"planningTab")
        self.planningForm = QFormLayout(self.planningTab)
        self.planningForm.setObjectName(u"planningForm")
        self.kindLabel = QLabel(self.planningTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.planningForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.planningTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.planningForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateLabel = QLabel(self.planningTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.planningForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(self.planningTab)
        self.dateEdit.setObjectName(u"dateEdit")

        self.planningForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.placeLabel = QLabel(self.planningTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.planningForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.planningTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.planningForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.coordinatorLabel = QLabel(self.planningTab)
        self.coordinatorLabel.setObjectName(u"coordinatorLabel")

        self.planningForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.coordinatorLabel)

        self.coordinatorEdit = QLineEdit(self.planningTab)
        self.coordinatorEdit.setObjectName(u"coordinatorEdit")

        self.planningForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.coordinatorEdit)

        self.invitedLabel = QLabel(self.planningTab)
        self.invitedLabel.setObjectName(u"invitedLabel")

        self.planningForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.invitedLabel)

        self.invitedList = QListWidget(self.planningTab)
        self.invitedList.setObjectName(u"invitedList")

        self.planningForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.invitedList)

        self.kindHint = QLabel(self.planningTab)
        self.kindHint.setObjectName(u"kindHint")
        self.kindHint.setWordWrap(True)

        self.planningForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kindHint)

        self.scheduleButton = QPushButton(self.planningTab)
        self.scheduleButton.setObjectName(u"scheduleButton")

        self.planningForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.scheduleButton)

        self.tabs.addTab(self.planningTab, "")
        self.minutesTab = QWidget()
        self.minutesTab.setObjectName(u"minutesTab")
        self.minutesLayout = QVBoxLayout(self.minutesTab)
        self.minutesLayout.setObjectName(u"minutesLayout")
        self.heldForm = QFormLayout()
        self.heldForm.setObjectName(u"heldForm")
        self.heldLabel = QLabel(self.minutesTab)
        self.heldLabel.setObjectName(u"heldLabel")

        self.heldForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = QLineEdit(self.minutesTab)
        self.heldEdit.setObjectName(u"heldEdit")

        self.heldForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldEdit)


        self.minutesLayout.addLayout(self.heldForm)

        self.participantsLabel = QLabel(self.minutesTab)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.minutesLayout.addWidget(self.participantsLabel)

        self.participantsTable = QTableWidget(self.minutesTab)
        self.participantsTable.setObjectName(u"participantsTable")
        self.participantsTable.setColumnCount(4)
        self.participantsTable.setMinimumHeight(110)

        self.minutesLayout.addWidget(self.participantsTable)

        self.participantButtons = QHBoxLayout()
        self.participantButtons.setObjectName(u"participantButtons")
        self.addParticipantButton = QPushButton(self.minutesTab)
        self.addParticipantButton.setObjectName(u"addParticipantButton")

        self.participantButtons.addWidget(self.addParticipantButton)

        self.removeParticipantButton = QPushButton(self.minutesTab)
        self.removeParticipantButton.setObjectName(u"removeParticipantButton")

        self.participantButtons.addWidget(self.removeParticipantButton)

        self.participantSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participantButtons.addItem(self.participantSpacer)


        self.minutesLayout.addLayout(self.participantButtons)

        self.minutesForm = QFormLayout()
        self.minutesForm.setObjectName(u"minutesForm")
        self.situationLabel = QLabel(self.minutesTab)
        self.situationLabel.setObjectName(u"situationLabel")

        self.minutesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.situationLabel)

        self.situationEdit = QPlainTextEdit(self.minutesTab)
        self.situationEdit.setObjectName(u"situationEdit")
        self.situationEdit.setTabChangesFocus(True)
        self.situationEdit.setMaximumHeight(60)

        self.minutesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.situationEdit)

        self.problemsLabel = QLabel(self.minutesTab)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.minutesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.problemsLabel)

        self.problemsEdit = QPlainTextEdit(self.minutesTab)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setTabChangesFocus(True)
        self.problemsEdit.setMaximumHeight(60)

        self.minutesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.problemsEdit)

        self.decisionsLabel = QLabel(self.minutesTab)
        self.decisionsLabel.setObjectName(u"decisionsLabel")

        self.minutesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionsLabel)

        self.decisionsEdit = QPlainTextEdit(self.minutesTab)
        self.decisionsEdit.setObjectName(u"decisionsEdit")
        self.decisionsEdit.setTabChangesFocus(True)
        self.decisionsEdit.setMaximumHeight(60)

        self.minutesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionsEdit)

        self.recommendedLabel = QLabel(self.minutesTab)
        self.recommendedLabel.setObjectName(u"recommendedLabel")

        self.minutesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recommendedLabel)

        self.handlingRow = QHBoxLayout()
        self.handlingRow.setObjectName(u"handlingRow")
        self.recommendedCombo = QComboBox(self.minutesTab)
        self.recommendedCombo.setObjectName(u"recommendedCombo")

        self.handlingRow.addWidget(self.recommendedCombo)

        self.outcomeLabel = QLabel(self.minutesTab)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.handlingRow.addWidget(self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.minutesTab)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.handlingRow.addWidget(self.outcomeCombo)


        self.minutesForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.handlingRow)


        self.minutesLayout.addLayout(self.minutesForm)

        self.stepsLabel = QLabel(self.minutesTab)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.minutesLayout.addWidget(self.stepsLabel)

        self.stepsTable = QTableWidget(self.minutesTab)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setColumnCount(3)
        self.stepsTable.setMinimumHeight(90)

        self.minutesLayout.addWidget(self.stepsTable)

        self.stepButtons = QHBoxLayout()
        self.stepButtons.setObjectName(u"stepButtons")
        self.addStepButton = QPushButton(self.minutesTab)
        self.addStepButton.setObjectName(u"addStepButton")

        self.stepButtons.addWidget(self.addStepButton)

        self.removeStepButton = QPushButton(self.minutesTab)
        self.removeStepButton.setObjectName(u"removeStepButton")

        self.stepButtons.addWidget(self.removeStepButton)

        self.stepSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtons.addItem(self.stepSpacer)


        self.minutesLayout.addLayout(self.stepButtons)

        self.distributionForm = QFormLayout()
        self.distributionForm.setObjectName(u"distributionForm")
        self.distributionLabel = QLabel(self.minutesTab)
        self.distributionLabel.setObjectName(u"distributionLabel")

        self.distributionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.distributionLabel)

        self.distributionEdit = QLineEdit(self.minutesTab)
        self.distributionEdit.setObjectName(u"distributionEdit")

        self.distributionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.distributionEdit)


        self.minutesLayout.addLayout(self.distributionForm)

        self.minutesButtons = QHBoxLayout()
        self.minutesButtons.setObjectName(u"minutesButtons")
        self.minutesSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minutesButtons.addItem(self.minutesSpacer)

        self.saveMinutesButton = QPushButton(self.minutesTab)
        self.saveMinutesButton.setObjectName(u"saveMinutesButton")

        self.minutesButtons.addWidget(self.saveMinutesButton)

        self.printMinutesButton = QPushButton(self.minutesTab)
        self.printMinutesButton.setObjectName(u"printMinutesButton")

        self.minutesButtons.addWidget(self.printMinutesButton)


        self.minutesLayout.addLayout(self.minutesButtons)

        self.tabs.addTab(self.minutesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(MeetingDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.coordinatorLabel.setBuddy(self.coordinatorEdit)
        self.invitedLabel.setBuddy(self.invitedList)
        self.heldLabel.setBuddy(self.heldEdit)
        self.participantsLabel.setBuddy(self.participantsTable)
        self.situationLabel.setBuddy(self.situationEdit)
        self.problemsLabel.setBuddy(self.problemsEdit)
        self.decisionsLabel.setBuddy(self.decisionsEdit)
        self.recommendedLabel.setBuddy(self.recommendedCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.stepsLabel.setBuddy(self.stepsTable)
        self.distributionLabel.setBuddy(self.distributionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Kind:", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date (dd.mm.yyyy):", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Place:", None))
        self.coordinatorLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Coordinator:", None))
        self.invitedLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Invited institutions:", None))
        self.kindHint.setText("")
        self.scheduleButton.setText(QCoreApplication.translate("MeetingDialog", u"&Schedule", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planningTab), QCoreApplication.translate("MeetingDialog", u"Planning", None))
        self.heldLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Held on (dd.mm.yyyy):", None))
        self.participantsLabel.setText(QCoreApplication.translate("MeetingDialog", u"Partici&pants (tick who was present):", None))
        self.addParticipantButton.setText(QCoreApplication.translate("MeetingDialog", u"&Add a participant", None))
        self.removeParticipantButton.setText(QCoreApplication.translate("MeetingDialog", u"Remove the participant", None))
        self.situationLabel.setText(QCoreApplication.translate("MeetingDialog", u"Situation as &presented:", None))
        self.problemsLabel.setText(QCoreApplication.translate("MeetingDialog", u"Problems c&larified:", None))
        self.decisionsLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Decisions:", None))
        self.recommendedLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Recommended handling:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Outcome (once held):", None))
        self.stepsLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Next steps (each becomes a reminder):", None))
        self.addStepButton.setText(QCoreApplication.translate("MeetingDialog", u"Add a s&tep", None))
        self.removeStepButton.setText(QCoreApplication.translate("MeetingDialog", u"Remove the step", None))
        self.distributionLabel.setText(QCoreApplication.translate("MeetingDialog", u"Dis&tribution list:", None))
        self.saveMinutesButton.setText(QCoreApplication.translate("MeetingDialog", u"Save the &minutes", None))
        self.printMinutesButton.setText(QCoreApplication.translate("MeetingDialog", u"P&rint and sign\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.minutesTab), QCoreApplication.translate("MeetingDialog", u"Minutes", None))
        self.formError.setText("")
    # retranslateUi


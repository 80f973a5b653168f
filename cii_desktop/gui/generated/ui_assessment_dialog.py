# Generated from ui/assessment_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of assessment_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'assessment_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AssessmentDialog(object):
    def setupUi(self, AssessmentDialog):
        if not AssessmentDialog.objectName():
            AssessmentDialog.setObjectName(u"AssessmentDialog")
        AssessmentDialog.resize(1100, 680)
        self.dialogLayout = QVBoxLayout(AssessmentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(AssessmentDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(AssessmentDialog)
        self.tabs.setObjectName(u"tabs")
        self.organisationTab = QWidget()
        self.organisationTab.setObjectName(u"organisationTab")
        self.organisationForm = QFormLayout(self.organisationTab)
        self.organisationForm.setObjectName(u"organisationForm")
        self.stateLabel = QLabel(self.organisationTab)
        self.stateLabel.setObjectName(u"stateLabel")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateValue = QLabel(self.organisationTab)
        self.stateValue.setObjectName(u"stateValue")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stateValue)

        self.waitingLabel = QLabel(self.organisationTab)
        self.waitingLabel.setObjectName(u"waitingLabel")

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.waitingLabel)

        self.waitingValue = QLabel(self.organisationTab)
        self.waitingValue.setObjectName(u"waitingValue")

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.waitingValue)

        self.scheduledLabel = QLabel(self.organisationTab)
        self.scheduledLabel.setObjectName(u"scheduledLabel")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scheduledLabel)

        self.scheduledEdit = QLineEdit(self.organisationTab)
        self.scheduledEdit.setObjectName(u"scheduledEdit")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scheduledEdit)

        self.placeLabel = QLabel(self.organisationTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.organisationTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.scheduleButton = QPushButton(self.organisationTab)
        self.scheduleButton.setObjectName(u"scheduleButton")

        self.organisationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scheduleButton)

        self.heldLabel = QLabel(self.organisationTab)
        self.heldLabel.setObjectName(u"heldLabel")

        self.organisationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = QLineEdit(self.organisationTab)
        self.heldEdit.setObjectName(u"heldEdit")

        self.organisationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.heldButton = QPushButton(self.organisationTab)
        self.heldButton.setObjectName(u"heldButton")

        self.organisationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.heldButton)

        self.outcomeLabel = QLabel(self.organisationTab)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.organisationForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.organisationTab)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.organisationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.closedLabel = QLabel(self.organisationTab)
        self.closedLabel.setObjectName(u"closedLabel")

        self.organisationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.closedLabel)

        self.closedEdit = QLineEdit(self.organisationTab)
        self.closedEdit.setObjectName(u"closedEdit")

        self.organisationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.closedEdit)

        self.closeHandlingButton = QPushButton(self.organisationTab)
        self.closeHandlingButton.setObjectName(u"closeHandlingButton")

        self.organisationForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.closeHandlingButton)

        self.tabs.addTab(self.organisationTab, "")
        self.teamTab = QWidget()
        self.teamTab.setObjectName(u"teamTab")
        self.teamLayout = QVBoxLayout(self.teamTab)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamIntro = QLabel(self.teamTab)
        self.teamIntro.setObjectName(u"teamIntro")
        self.teamIntro.setWordWrap(True)

        self.teamLayout.addWidget(self.teamIntro)

        self.teamTable = QTableWidget(self.teamTab)
        self.teamTable.setObjectName(u"teamTable")
        self.teamTable.setColumnCount(3)
        self.teamTable.setMinimumHeight(200)

        self.teamLayout.addWidget(self.teamTable)

        self.teamButtons = QHBoxLayout()
        self.teamButtons.setObjectName(u"teamButtons")
        self.addMemberButton = QPushButton(self.teamTab)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.teamButtons.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(self.teamTab)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.teamButtons.addWidget(self.removeMemberButton)

        self.teamSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamButtons.addItem(self.teamSpacer)

        self.saveTeamButton = QPushButton(self.teamTab)
        self.saveTeamButton.setObjectName(u"saveTeamButton")

        self.teamButtons.addWidget(self.saveTeamButton)


        self.teamLayout.addLayout(self.teamButtons)

        self.tabs.addTab(self.teamTab, "")
        self.evaluationTab = QWidget()
        self.evaluationTab.setObjectName(u"evaluationTab")
        self.evaluationLayout = QVBoxLayout(self.evaluationTab)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationForm = QFormLayout()
        self.evaluationForm.setObjectName(u"evaluationForm")
        self.medicalLabel = QLabel(self.evaluationTab)
        self.medicalLabel.setObjectName(u"medicalLabel")

        self.evaluationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.medicalLabel)

        self.medicalEdit = QPlainTextEdit(self.evaluationTab)
        self.medicalEdit.setObjectName(u"medicalEdit")
        self.medicalEdit.setTabChangesFocus(True)
        self.medicalEdit.setMaximumHeight(90)

        self.evaluationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.medicalEdit)

        self.professionalLabel = QLabel(self.evaluationTab)
        self.professionalLabel.setObjectName(u"professionalLabel")

        self.evaluationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.professionalLabel)

        self.professionalEdit = QPlainTextEdit(self.evaluationTab)
        self.professionalEdit.setObjectName(u"professionalEdit")
        self.professionalEdit.setTabChangesFocus(True)
        self.professionalEdit.setMaximumHeight(90)

        self.evaluationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.professionalEdit)

        self.socialLabel = QLabel(self.evaluationTab)
        self.socialLabel.setObjectName(u"socialLabel")

        self.evaluationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.socialLabel)

        self.socialEdit = QPlainTextEdit(self.evaluationTab)
        self.socialEdit.setObjectName(u"socialEdit")
        self.socialEdit.setTabChangesFocus(True)
        self.socialEdit.setMaximumHeight(90)

        self.evaluationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.socialEdit)

        self.resourcesLabel = QLabel(self.evaluationTab)
        self.resourcesLabel.setObjectName(u"resourcesLabel")

        self.evaluationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resourcesLabel)

        self.resourcesEdit = QPlainTextEdit(self.evaluationTab)
        self.resourcesEdit.setObjectName(u"resourcesEdit")
        self.resourcesEdit.setTabChangesFocus(True)
        self.resourcesEdit.setMaximumHeight(90)

        self.evaluationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resourcesEdit)


        self.evaluationLayout.addLayout(self.evaluationForm)

        self.evaluationButtons = QHBoxLayout()
        self.evaluationButtons.setObjectName(u"evaluationButtons")
        self.evaluationSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evaluationButtons.addItem(self.evaluationSpacer)

        self.saveEvaluationButton = QPushButton(self.evaluationTab)
        self.saveEvaluationButton.setObjectName(u"saveEvaluationButton")

        self.evaluationButtons.addWidget(self.saveEvaluationButton)


        self.evaluationLayout.addLayout(self.evaluationButtons)

        self.tabs.addTab(self.evaluationTab, "")
        self.contractTab = QWidget()
        self.contractTab.setObjectName(u"contractTab")
        self.contractLayout = QVBoxLayout(self.contractTab)
        self.contractLayout.setObjectName(u"contractLayout")
        self.contractStateLabel = QLabel(self.contractTab)
        self.contractStateLabel.setObjectName(u"contractStateLabel")

        self.contractLayout.addWidget(self.contractStateLabel)

        self.aimForm = QFormLayout()
        self.aimForm.setObjectName(u"aimForm")
        self.aimKindLabel = QLabel(self.contractTab)
        self.aimKindLabel.setObjectName(u"aimKindLabel")

        self.aimForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.aimKindLabel)

        self.aimKindCombo = QComboBox(self.contractTab)
        self.aimKindCombo.setObjectName(u"aimKindCombo")

        self.aimForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.aimKindCombo)

        self.aimLabel = QLabel(self.contractTab)
        self.aimLabel.setObjectName(u"aimLabel")

        self.aimForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aimLabel)

        self.aimEdit = QLineEdit(self.contractTab)
        self.aimEdit.setObjectName(u"aimEdit")

        self.aimForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aimEdit)

        self.frameworkEndLabel = QLabel(self.contractTab)
        self.frameworkEndLabel.setObjectName(u"frameworkEndLabel")

        self.aimForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.frameworkEndLabel)

        self.frameworkEndEdit = QLineEdit(self.contractTab)
        self.frameworkEndEdit.setObjectName(u"frameworkEndEdit")

        self.aimForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.frameworkEndEdit)


        self.contractLayout.addLayout(self.aimForm)

        self.objectivesLabel = QLabel(self.contractTab)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.contractLayout.addWidget(self.objectivesLabel)

        self.objectivesTable = QTableWidget(self.contractTab)
        self.objectivesTable.setObjectName(u"objectivesTable")
        self.objectivesTable.setColumnCount(1)
        self.objectivesTable.setMinimumHeight(80)

        self.contractLayout.addWidget(self.objectivesTable)

        self.objectiveButtons = QHBoxLayout()
        self.objectiveButtons.setObjectName(u"objectiveButtons")
        self.addObjectiveButton = QPushButton(self.contractTab)
        self.addObjectiveButton.setObjectName(u"addObjectiveButton")

        self.objectiveButtons.addWidget(self.addObjectiveButton)

        self.removeObjectiveButton = QPushButton(self.contractTab)
        self.removeObjectiveButton.setObjectName(u"removeObjectiveButton")

        self.objectiveButtons.addWidget(self.removeObjectiveButton)

        self.objectiveSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.objectiveButtons.addItem(self.objectiveSpacer)


        self.contractLayout.addLayout(self.objectiveButtons)

        self.measuresLabel = QLabel(self.contractTab)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.contractLayout.addWidget(self.measuresLabel)

        self.measuresTable = QTableWidget(self.contractTab)
        self.measuresTable.setObjectName(u"measuresTable")
        self.measuresTable.setColumnCount(8)
        self.measuresTable.setMinimumHeight(110)

        self.contractLayout.addWidget(self.measuresTable)

        self.measureButtons = QHBoxLayout()
        self.measureButtons.setObjectName(u"measureButtons")
        self.addMeasureButton = QPushButton(self.contractTab)
        self.addMeasureButton.setObjectName(u"addMeasureButton")

        self.measureButtons.addWidget(self.addMeasureButton)

        self.removeMeasureButton = QPushButton(self.contractTab)
        self.removeMeasureButton.setObjectName(u"removeMeasureButton")

        self.measureButtons.addWidget(self.removeMeasureButton)

        self.measureSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.measureButtons.addItem(self.measureSpacer)


        self.contractLayout.addLayout(self.measureButtons)

        self.commitmentsForm = QFormLayout()
        self.commitmentsForm.setObjectName(u"commitmentsForm")
        self.personCommitmentsLabel = QLabel(self.contractTab)
        self.personCommitmentsLabel.setObjectName(u"personCommitmentsLabel")

        self.commitmentsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personCommitmentsLabel)

        self.personCommitmentsEdit = QPlainTextEdit(self.contractTab)
        self.personCommitmentsEdit.setObjectName(u"personCommitmentsEdit")
        self.personCommitmentsEdit.setTabChangesFocus(True)
        self.personCommitmentsEdit.setMaximumHeight(50)

        self.commitmentsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCommitmentsEdit)

        self.institutionCommitmentsLabel = QLabel(self.contractTab)
        self.institutionCommitmentsLabel.setObjectName(u"institutionCommitmentsLabel")

        self.commitmentsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.institutionCommitmentsLabel)

        self.commitmentsTable = QTableWidget(self.contractTab)
        self.commitmentsTable.setObjectName(u"commitmentsTable")
        self.commitmentsTable.setColumnCount(2)
        self.commitmentsTable.setMinimumHeight(70)

        self.commitmentsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commitmentsTable)

        self.reviewDatesLabel = QLabel(self.contractTab)
        self.reviewDatesLabel.setObjectName(u"reviewDatesLabel")

        self.commitmentsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewDatesLabel)

        self.reviewDatesEdit = QLineEdit(self.contractTab)
        self.reviewDatesEdit.setObjectName(u"reviewDatesEdit")

        self.commitmentsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reviewDatesEdit)

        self.lemcCheck = QCheckBox(self.contractTab)
        self.lemcCheck.setObjectName(u"lemcCheck")

        self.commitmentsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lemcCheck)


        self.contractLayout.addLayout(self.commitmentsForm)

        self.checksLabel = QLabel(self.contractTab)
        self.checksLabel.setObjectName(u"checksLabel")

        self.contractLayout.addWidget(self.checksLabel)

        self.checksList = QListWidget(self.contractTab)
        self.checksList.setObjectName(u"checksList")
        self.checksList.setMaximumHeight(70)

        self.contractLayout.addWidget(self.checksList)

        self.contractButtons = QHBoxLayout()
        self.contractButtons.setObjectName(u"contractButtons")
        self.saveContractButton = QPushButton(self.contractTab)
        self.saveContractButton.setObjectName(u"saveContractButton")

        self.contractButtons.addWidget(self.saveContractButton)

        self.printContractButton = QPushButton(self.contractTab)
        self.printContractButton.setObjectName(u"printContractButton")

        self.contractButtons.addWidget(self.printContractButton)

        self.amendButton = QPushButton(self.contractTab)
        self.amendButton.setObjectName(u"amendButton")

        self.contractButtons.addWidget(self.amendButton)

        self.contractSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contractButtons.addItem(self.contractSpacer)


        self.contractLayout.addLayout(self.contractButtons)

        self.tabs.addTab(self.contractTab, "")
        self.reviewsTab = QWidget()
        self.reviewsTab.setObjectName(u"reviewsTab")
        self.reviewsLayout = QVBoxLayout(self.reviewsTab)
        self.reviewsLayout.setObjectName(u"reviewsLayout")
        self.reviewForm = QFormLayout()
        self.reviewForm.setObjectName(u"reviewForm")
        self.reviewDateLabel = QLabel(self.reviewsTab)
        self.reviewDateLabel.setObjectName(u"reviewDateLabel")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewDateLabel)

        self.reviewDateEdit = QLineEdit(self.reviewsTab)
        self.reviewDateEdit.setObjectName(u"reviewDateEdit")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewDateEdit)


        self.reviewsLayout.addLayout(self.reviewForm)

        self.progressLabel = QLabel(self.reviewsTab)
        self.progressLabel.setObjectName(u"progressLabel")

        self.reviewsLayout.addWidget(self.progressLabel)

        self.progressTable = QTableWidget(self.reviewsTab)
        self.progressTable.setObjectName(u"progressTable")
        self.progressTable.setColumnCount(3)
        self.progressTable.setMinimumHeight(120)

        self.reviewsLayout.addWidget(self.progressTable)

        self.reviewNoteForm = QFormLayout()
        self.reviewNoteForm.setObjectName(u"reviewNoteForm")
        self.reviewNoteLabel = QLabel(self.reviewsTab)
        self.reviewNoteLabel.setObjectName(u"reviewNoteLabel")

        self.reviewNoteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewNoteLabel)

        self.reviewNoteEdit = QPlainTextEdit(self.reviewsTab)
        self.reviewNoteEdit.setObjectName(u"reviewNoteEdit")
        self.reviewNoteEdit.setTabChangesFocus(True)
        self.reviewNoteEdit.setMaximumHeight(60)

        self.reviewNoteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewNoteEdit)


        self.reviewsLayout.addLayout(self.reviewNoteForm)

        self.reviewButtons = QHBoxLayout()
        self.reviewButtons.setObjectName(u"reviewButtons")
        self.reviewSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewButtons.addItem(self.reviewSpacer)

        self.recordReviewButton = QPushButton(self.reviewsTab)
        self.recordReviewButton.setObjectName(u"recordReviewButton")

        self.reviewButtons.addWidget(self.recordReviewButton)


        self.reviewsLayout.addLayout(self.reviewButtons)

        self.reviewsLabel = QLabel(self.reviewsTab)
        self.reviewsLabel.setObjectName(u"reviewsLabel")

        self.reviewsLayout.addWidget(self.reviewsLabel)

        self.reviewsList = QListWidget(self.reviewsTab)
        self.reviewsList.setObjectName(u"reviewsList")

        self.reviewsLayout.addWidget(self.reviewsList)

        self.tabs.addTab(self.reviewsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(AssessmentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(AssessmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.scheduledLabel.setBuddy(self.scheduledEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.heldLabel.setBuddy(self.heldEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.closedLabel.setBuddy(self.closedEdit)
        self.medicalLabel.setBuddy(self.medicalEdit)
        self.professionalLabel.setBuddy(self.professionalEdit)
        self.socialLabel.setBuddy(self.socialEdit)
        self.resourcesLabel.setBuddy(self.resourcesEdit)
        self.aimKindLabel.setBuddy(self.aimKindCombo)
        self.aimLabel.setBuddy(self.aimEdit)
        self.frameworkEndLabel.setBuddy(self.frameworkEndEdit)
        self.objectivesLabel.setBuddy(self.objectivesTable)
        self.measuresLabel.setBuddy(self.measuresTable)
        self.personCommitmentsLabel.setBuddy(self.personCommitmentsEdit)
        self.institutionCommitmentsLabel.setBuddy(self.commitmentsTable)
        self.reviewDatesLabel.setBuddy(self.reviewDatesEdit)
        self.checksLabel.setBuddy(self.checksList)
        self.reviewDateLabel.setBuddy(self.reviewDateEdit)
        self.progressLabel.setBuddy(self.progressTable)
        self.reviewNoteLabel.setBuddy(self.reviewNoteEdit)
        self.reviewsLabel.setBuddy(self.reviewsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssessmentDialog)
    # setupUi

    def retranslateUi(self, AssessmentDialog):
        AssessmentDialog.setWindowTitle(QCoreApplication.translate("AssessmentDialog", u"Assessment", None))
        self.headerLabel.setText("")
        self.stateLabel.setText(QCoreApplication.translate("AssessmentDialog", u"State:", None))
        self.stateValue.setText("")
        self.waitingLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Waiting to be organised:", None))
        self.waitingValue.setText("")
        self.scheduledLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Assessment &date (dd.mm.yyyy):", None))
        self.placeLabel.setText(QCoreApplication.translate("AssessmentDialog", u"&Place:", None))
        self.scheduleButton.setText(QCoreApplication.translate("AssessmentDialog", u"&Schedule", None))
        self.heldLabel.setText(QCoreApplication.translate("AssessmentDialog", u"&Held on (dd.mm.yyyy):", None))
        self.heldButton.setText(QCoreApplication.translate("AssessmentDialog", u"Mark as &held", None))
        self.outcomeLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Closure &outcome:", None))
        self.closedLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Closed o&n (dd.mm.yyyy):", None))
        self.closeHandlingButton.setText(QCoreApplication.translate("AssessmentDialog", u"C&lose the assessment", None))
        self.tabs.setTabText(self.tabs.indexOf(self.organisationTab), QCoreApplication.translate("AssessmentDialog", u"Organisation", None))
        self.teamIntro.setText(QCoreApplication.translate("AssessmentDialog", u"R\u00e9pondants CII of the institutions, the announcing professional, an SMR doctor and the person.", None))
        self.addMemberButton.setText(QCoreApplication.translate("AssessmentDialog", u"&Add a member", None))
        self.removeMemberButton.setText(QCoreApplication.translate("AssessmentDialog", u"&Remove the member", None))
        self.saveTeamButton.setText(QCoreApplication.translate("AssessmentDialog", u"Save the &team", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamTab), QCoreApplication.translate("AssessmentDialog", u"Regional team", None))
        self.medicalLabel.setText(QCoreApplication.translate("AssessmentDialog", u"&Medical situation:", None))
        self.professionalLabel.setText(QCoreApplication.translate("AssessmentDialog", u"&Professional situation:", None))
        self.socialLabel.setText(QCoreApplication.translate("AssessmentDialog", u"&Social situation:", None))
        self.resourcesLabel.setText(QCoreApplication.translate("AssessmentDialog", u"The person's &resources:", None))
        self.saveEvaluationButton.setText(QCoreApplication.translate("AssessmentDialog", u"Save the &evaluation", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evaluationTab), QCoreApplication.translate("AssessmentDialog", u"Evaluation", None))
        self.contractStateLabel.setText("")
        self.aimKindLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Overall &aim:", None))
        self.aimLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Aim in &words:", None))
        self.frameworkEndLabel.setText(QCoreApplication.translate("AssessmentDialog", u"End of the &framework period (dd.mm.yyyy):", None))
#if QT_CONFIG(tooltip)
        self.frameworkEndLabel.setToolTip(QCoreApplication.translate("AssessmentDialog", u"The end of the benefit framework period, as the ORP knows it: the LIAS measures the ORP asks for are checked against it.", None))
#endif // QT_CONFIG(tooltip)
        self.objectivesLabel.setText(QCoreApplication.translate("AssessmentDialog", u"&Objectives (numbered in this order):", None))
        self.addObjectiveButton.setText(QCoreApplication.translate("AssessmentDialog", u"Add an o&bjective", None))
        self.removeObjectiveButton.setText(QCoreApplication.translate("AssessmentDialog", u"Remove the objective", None))
        self.measuresLabel.setText(QCoreApplication.translate("AssessmentDialog", u"&Measures of each objective:", None))
        self.addMeasureButton.setText(QCoreApplication.translate("AssessmentDialog", u"Add a mea&sure", None))
        self.removeMeasureButton.setText(QCoreApplication.translate("AssessmentDialog", u"Remove the measure", None))
        self.personCommitmentsLabel.setText(QCoreApplication.translate("AssessmentDialog", u"The person's &commitments:", None))
        self.institutionCommitmentsLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Each &institution's commitments:", None))
        self.reviewDatesLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Re&view dates (dd.mm.yyyy; \u2026):", None))
        self.lemcCheck.setText(QCoreApplication.translate("AssessmentDialog", u"The person meets the LEMC &conditions", None))
        self.checksLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Bureau's check of the legal frames:", None))
        self.saveContractButton.setText(QCoreApplication.translate("AssessmentDialog", u"Save the &draft", None))
        self.printContractButton.setText(QCoreApplication.translate("AssessmentDialog", u"&Print and sign\u2026", None))
        self.amendButton.setText(QCoreApplication.translate("AssessmentDialog", u"A&mend (new version)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contractTab), QCoreApplication.translate("AssessmentDialog", u"Contrat d'objectifs", None))
        self.reviewDateLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Review &held on (dd.mm.yyyy):", None))
        self.progressLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Progress of each objective:", None))
        self.reviewNoteLabel.setText(QCoreApplication.translate("AssessmentDialog", u"&Note:", None))
        self.recordReviewButton.setText(QCoreApplication.translate("AssessmentDialog", u"Record the re&view", None))
        self.reviewsLabel.setText(QCoreApplication.translate("AssessmentDialog", u"Reviews recorded:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reviewsTab), QCoreApplication.translate("AssessmentDialog", u"Reviews", None))
        self.formError.setText("")
    # retranslateUi


# Generated from ui/main_window.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of main_window.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'main_window.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDockWidget,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
    QMenu, QMenuBar, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStatusBar, QTabWidget,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 680)
        MainWindow.setWindowTitle(u"CII Desktop")
        self.actionNewCase = QAction(MainWindow)
        self.actionNewCase.setObjectName(u"actionNewCase")
#if QT_CONFIG(shortcut)
        self.actionNewCase.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(u"Ctrl+,")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionEditPerson = QAction(MainWindow)
        self.actionEditPerson.setObjectName(u"actionEditPerson")
#if QT_CONFIG(shortcut)
        self.actionEditPerson.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.actionEditCase = QAction(MainWindow)
        self.actionEditCase.setObjectName(u"actionEditCase")
#if QT_CONFIG(shortcut)
        self.actionEditCase.setShortcut(u"Ctrl+Shift+E")
#endif // QT_CONFIG(shortcut)
        self.actionAddNote = QAction(MainWindow)
        self.actionAddNote.setObjectName(u"actionAddNote")
#if QT_CONFIG(shortcut)
        self.actionAddNote.setShortcut(u"Ctrl+J")
#endif // QT_CONFIG(shortcut)
        self.actionAddReminder = QAction(MainWindow)
        self.actionAddReminder.setObjectName(u"actionAddReminder")
#if QT_CONFIG(shortcut)
        self.actionAddReminder.setShortcut(u"Ctrl+R")
#endif // QT_CONFIG(shortcut)
        self.actionAttach = QAction(MainWindow)
        self.actionAttach.setObjectName(u"actionAttach")
        self.actionFrench = QAction(MainWindow)
        self.actionFrench.setObjectName(u"actionFrench")
        self.actionFrench.setCheckable(True)
        self.actionFrench.setText(u"&Fran\u00e7ais")
        self.actionGerman = QAction(MainWindow)
        self.actionGerman.setObjectName(u"actionGerman")
        self.actionGerman.setCheckable(True)
        self.actionGerman.setText(u"&Deutsch")
        self.actionShowDue = QAction(MainWindow)
        self.actionShowDue.setObjectName(u"actionShowDue")
        self.actionShowDue.setCheckable(True)
        self.actionShowDue.setChecked(True)
#if QT_CONFIG(shortcut)
        self.actionShowDue.setShortcut(u"F9")
#endif // QT_CONFIG(shortcut)
        self.actionFocusSearch = QAction(MainWindow)
        self.actionFocusSearch.setObjectName(u"actionFocusSearch")
#if QT_CONFIG(shortcut)
        self.actionFocusSearch.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionSync = QAction(MainWindow)
        self.actionSync.setObjectName(u"actionSync")
#if QT_CONFIG(shortcut)
        self.actionSync.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionSyncReview = QAction(MainWindow)
        self.actionSyncReview.setObjectName(u"actionSyncReview")
        self.actionGrid = QAction(MainWindow)
        self.actionGrid.setObjectName(u"actionGrid")
#if QT_CONFIG(shortcut)
        self.actionGrid.setShortcut(u"Ctrl+G")
#endif // QT_CONFIG(shortcut)
        self.actionConsent = QAction(MainWindow)
        self.actionConsent.setObjectName(u"actionConsent")
        self.actionTargets = QAction(MainWindow)
        self.actionTargets.setObjectName(u"actionTargets")
        self.actionAnnounce = QAction(MainWindow)
        self.actionAnnounce.setObjectName(u"actionAnnounce")
        self.actionNewMeeting = QAction(MainWindow)
        self.actionNewMeeting.setObjectName(u"actionNewMeeting")
        self.actionEvent = QAction(MainWindow)
        self.actionEvent.setObjectName(u"actionEvent")
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(u"Ctrl+P")
#endif // QT_CONFIG(shortcut)
        self.actionTriage = QAction(MainWindow)
        self.actionTriage.setObjectName(u"actionTriage")
        self.actionAlerts = QAction(MainWindow)
        self.actionAlerts.setObjectName(u"actionAlerts")
        self.actionRegister = QAction(MainWindow)
        self.actionRegister.setObjectName(u"actionRegister")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.listPane)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.listPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)


        self.listLayout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusFilterLabel = QLabel(self.listPane)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterRow.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(self.listPane)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.officeFilterLabel = QLabel(self.listPane)
        self.officeFilterLabel.setObjectName(u"officeFilterLabel")

        self.filterRow.addWidget(self.officeFilterLabel)

        self.officeFilter = QComboBox(self.listPane)
        self.officeFilter.setObjectName(u"officeFilter")

        self.filterRow.addWidget(self.officeFilter)

        self.institutionFilterLabel = QLabel(self.listPane)
        self.institutionFilterLabel.setObjectName(u"institutionFilterLabel")

        self.filterRow.addWidget(self.institutionFilterLabel)

        self.institutionFilter = QComboBox(self.listPane)
        self.institutionFilter.setObjectName(u"institutionFilter")

        self.filterRow.addWidget(self.institutionFilter)


        self.listLayout.addLayout(self.filterRow)

        self.caseTable = QTableView(self.listPane)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setSortingEnabled(True)
        self.caseTable.setAlternatingRowColors(True)
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.listLayout.addWidget(self.caseTable)

        self.countLabel = QLabel(self.listPane)
        self.countLabel.setObjectName(u"countLabel")

        self.listLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.listPane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailSplitter = QSplitter(self.detailPane)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Orientation.Vertical)
        self.detailSplitter.setChildrenCollapsible(False)
        self.summaryPane = QWidget(self.detailSplitter)
        self.summaryPane.setObjectName(u"summaryPane")
        self.summaryLayout = QVBoxLayout(self.summaryPane)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setContentsMargins(0, 0, 0, 0)
        self.detailTitle = QLabel(self.summaryPane)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setWordWrap(True)

        self.summaryLayout.addWidget(self.detailTitle)

        self.sharingBanner = QLabel(self.summaryPane)
        self.sharingBanner.setObjectName(u"sharingBanner")
        self.sharingBanner.setWordWrap(True)

        self.summaryLayout.addWidget(self.sharingBanner)

        self.alertBanner = QLabel(self.summaryPane)
        self.alertBanner.setObjectName(u"alertBanner")
        self.alertBanner.setWordWrap(True)
        self.alertBanner.setStyleSheet(u"background: #fff3cd; color: #5c4400; padding: 4px; border: 1px solid #e0c060;")

        self.summaryLayout.addWidget(self.alertBanner)

        self.detailView = QTextBrowser(self.summaryPane)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setOpenLinks(False)

        self.summaryLayout.addWidget(self.detailView)

        self.detailButtons = QGridLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.editPersonButton = QPushButton(self.summaryPane)
        self.editPersonButton.setObjectName(u"editPersonButton")

        self.detailButtons.addWidget(self.editPersonButton, 0, 0, 1, 1)

        self.editCaseButton = QPushButton(self.summaryPane)
        self.editCaseButton.setObjectName(u"editCaseButton")

        self.detailButtons.addWidget(self.editCaseButton, 0, 1, 1, 1)

        self.addNoteButton = QPushButton(self.summaryPane)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.detailButtons.addWidget(self.addNoteButton, 0, 2, 1, 1)

        self.addReminderButton = QPushButton(self.summaryPane)
        self.addReminderButton.setObjectName(u"addReminderButton")

        self.detailButtons.addWidget(self.addReminderButton, 1, 0, 1, 1)

        self.attachButton = QPushButton(self.summaryPane)
        self.attachButton.setObjectName(u"attachButton")

        self.detailButtons.addWidget(self.attachButton, 1, 1, 1, 1)


        self.summaryLayout.addLayout(self.detailButtons)

        self.detailSplitter.addWidget(self.summaryPane)
        self.detailTabs = QTabWidget(self.detailSplitter)
        self.detailTabs.setObjectName(u"detailTabs")
        self.referralTab = QWidget()
        self.referralTab.setObjectName(u"referralTab")
        self.referralLayout = QVBoxLayout(self.referralTab)
        self.referralLayout.setObjectName(u"referralLayout")
        self.referralList = QListWidget(self.referralTab)
        self.referralList.setObjectName(u"referralList")
        self.referralList.setWordWrap(True)
        self.referralList.setAlternatingRowColors(True)

        self.referralLayout.addWidget(self.referralList)

        self.referralButtons = QGridLayout()
        self.referralButtons.setObjectName(u"referralButtons")
        self.gridButton = QPushButton(self.referralTab)
        self.gridButton.setObjectName(u"gridButton")

        self.referralButtons.addWidget(self.gridButton, 0, 0, 1, 1)

        self.consentButton = QPushButton(self.referralTab)
        self.consentButton.setObjectName(u"consentButton")

        self.referralButtons.addWidget(self.consentButton, 0, 1, 1, 1)

        self.targetsButton = QPushButton(self.referralTab)
        self.targetsButton.setObjectName(u"targetsButton")

        self.referralButtons.addWidget(self.targetsButton, 0, 2, 1, 1)

        self.announceButton = QPushButton(self.referralTab)
        self.announceButton.setObjectName(u"announceButton")

        self.referralButtons.addWidget(self.announceButton, 1, 0, 1, 1)

        self.eventButton = QPushButton(self.referralTab)
        self.eventButton.setObjectName(u"eventButton")

        self.referralButtons.addWidget(self.eventButton, 1, 1, 1, 1)


        self.referralLayout.addLayout(self.referralButtons)

        self.detailTabs.addTab(self.referralTab, "")
        self.handlingsTab = QWidget()
        self.handlingsTab.setObjectName(u"handlingsTab")
        self.handlingsLayout = QVBoxLayout(self.handlingsTab)
        self.handlingsLayout.setObjectName(u"handlingsLayout")
        self.handlingsList = QListWidget(self.handlingsTab)
        self.handlingsList.setObjectName(u"handlingsList")
        self.handlingsList.setAlternatingRowColors(True)

        self.handlingsLayout.addWidget(self.handlingsList)

        self.handlingsButtons = QHBoxLayout()
        self.handlingsButtons.setObjectName(u"handlingsButtons")
        self.openHandlingButton = QPushButton(self.handlingsTab)
        self.openHandlingButton.setObjectName(u"openHandlingButton")

        self.handlingsButtons.addWidget(self.openHandlingButton)

        self.newMeetingButton = QPushButton(self.handlingsTab)
        self.newMeetingButton.setObjectName(u"newMeetingButton")

        self.handlingsButtons.addWidget(self.newMeetingButton)

        self.handlingsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handlingsButtons.addItem(self.handlingsSpacer)


        self.handlingsLayout.addLayout(self.handlingsButtons)

        self.detailTabs.addTab(self.handlingsTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsLayout = QVBoxLayout(self.documentsTab)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsList = QListWidget(self.documentsTab)
        self.documentsList.setObjectName(u"documentsList")
        self.documentsList.setAlternatingRowColors(True)

        self.documentsLayout.addWidget(self.documentsList)

        self.documentsButtons = QHBoxLayout()
        self.documentsButtons.setObjectName(u"documentsButtons")
        self.documentKindCombo = QComboBox(self.documentsTab)
        self.documentKindCombo.setObjectName(u"documentKindCombo")

        self.documentsButtons.addWidget(self.documentKindCombo)

        self.printButton = QPushButton(self.documentsTab)
        self.printButton.setObjectName(u"printButton")

        self.documentsButtons.addWidget(self.printButton)

        self.openDocumentButton = QPushButton(self.documentsTab)
        self.openDocumentButton.setObjectName(u"openDocumentButton")

        self.documentsButtons.addWidget(self.openDocumentButton)


        self.documentsLayout.addLayout(self.documentsButtons)

        self.detailTabs.addTab(self.documentsTab, "")
        self.journalTab = QWidget()
        self.journalTab.setObjectName(u"journalTab")
        self.journalLayout = QVBoxLayout(self.journalTab)
        self.journalLayout.setObjectName(u"journalLayout")
        self.journalList = QListWidget(self.journalTab)
        self.journalList.setObjectName(u"journalList")
        self.journalList.setWordWrap(True)
        self.journalList.setAlternatingRowColors(True)
        self.journalList.setSpacing(2)

        self.journalLayout.addWidget(self.journalList)

        self.detailTabs.addTab(self.journalTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyList = QListWidget(self.historyTab)
        self.historyList.setObjectName(u"historyList")

        self.historyLayout.addWidget(self.historyList)

        self.detailTabs.addTab(self.historyTab, "")
        self.institutionsTab = QWidget()
        self.institutionsTab.setObjectName(u"institutionsTab")
        self.institutionsLayout = QVBoxLayout(self.institutionsTab)
        self.institutionsLayout.setObjectName(u"institutionsLayout")
        self.institutionsList = QListWidget(self.institutionsTab)
        self.institutionsList.setObjectName(u"institutionsList")

        self.institutionsLayout.addWidget(self.institutionsList)

        self.detailTabs.addTab(self.institutionsTab, "")
        self.remindersTab = QWidget()
        self.remindersTab.setObjectName(u"remindersTab")
        self.remindersLayout = QVBoxLayout(self.remindersTab)
        self.remindersLayout.setObjectName(u"remindersLayout")
        self.remindersList = QListWidget(self.remindersTab)
        self.remindersList.setObjectName(u"remindersList")

        self.remindersLayout.addWidget(self.remindersList)

        self.detailTabs.addTab(self.remindersTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsList = QListWidget(self.attachmentsTab)
        self.attachmentsList.setObjectName(u"attachmentsList")

        self.attachmentsLayout.addWidget(self.attachmentsList)

        self.saveAttachmentButton = QPushButton(self.attachmentsTab)
        self.saveAttachmentButton.setObjectName(u"saveAttachmentButton")

        self.attachmentsLayout.addWidget(self.saveAttachmentButton)

        self.detailTabs.addTab(self.attachmentsTab, "")
        self.detailSplitter.addWidget(self.detailTabs)

        self.detailLayout.addWidget(self.detailSplitter)

        self.splitter.addWidget(self.detailPane)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuCase = QMenu(self.menubar)
        self.menuCase.setObjectName(u"menuCase")
        self.menuReferral = QMenu(self.menubar)
        self.menuReferral.setObjectName(u"menuReferral")
        self.menuBureau = QMenu(self.menubar)
        self.menuBureau.setObjectName(u"menuBureau")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuLanguage = QMenu(self.menuView)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuSync = QMenu(self.menubar)
        self.menuSync.setObjectName(u"menuSync")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
        self.dueDock = QDockWidget(MainWindow)
        self.dueDock.setObjectName(u"dueDock")
        self.dueContents = QWidget()
        self.dueContents.setObjectName(u"dueContents")
        self.dueLayout = QVBoxLayout(self.dueContents)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueTable = QTableView(self.dueContents)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dueLayout.addWidget(self.dueTable)

        self.dueButtons = QHBoxLayout()
        self.dueButtons.setObjectName(u"dueButtons")
        self.dueSummary = QLabel(self.dueContents)
        self.dueSummary.setObjectName(u"dueSummary")

        self.dueButtons.addWidget(self.dueSummary)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueButtons.addItem(self.dueSpacer)

        self.dueDoneButton = QPushButton(self.dueContents)
        self.dueDoneButton.setObjectName(u"dueDoneButton")

        self.dueButtons.addWidget(self.dueDoneButton)


        self.dueLayout.addLayout(self.dueButtons)

        self.dueDock.setWidget(self.dueContents)
        MainWindow.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dueDock)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.officeFilterLabel.setBuddy(self.officeFilter)
        self.institutionFilterLabel.setBuddy(self.institutionFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.officeFilter)
        QWidget.setTabOrder(self.officeFilter, self.institutionFilter)
        QWidget.setTabOrder(self.institutionFilter, self.caseTable)
        QWidget.setTabOrder(self.caseTable, self.detailView)
        QWidget.setTabOrder(self.detailView, self.editPersonButton)
        QWidget.setTabOrder(self.editPersonButton, self.editCaseButton)
        QWidget.setTabOrder(self.editCaseButton, self.addNoteButton)
        QWidget.setTabOrder(self.addNoteButton, self.addReminderButton)
        QWidget.setTabOrder(self.addReminderButton, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.dueTable)
        QWidget.setTabOrder(self.dueTable, self.dueDoneButton)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuCase.menuAction())
        self.menubar.addAction(self.menuReferral.menuAction())
        self.menubar.addAction(self.menuBureau.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuSync.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewCase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuCase.addAction(self.actionEditPerson)
        self.menuCase.addAction(self.actionEditCase)
        self.menuCase.addAction(self.actionAddNote)
        self.menuCase.addAction(self.actionAddReminder)
        self.menuCase.addAction(self.actionAttach)
        self.menuReferral.addAction(self.actionGrid)
        self.menuReferral.addAction(self.actionConsent)
        self.menuReferral.addAction(self.actionTargets)
        self.menuReferral.addAction(self.actionAnnounce)
        self.menuReferral.addAction(self.actionEvent)
        self.menuReferral.addSeparator()
        self.menuReferral.addAction(self.actionNewMeeting)
        self.menuReferral.addSeparator()
        self.menuReferral.addAction(self.actionPrint)
        self.menuBureau.addAction(self.actionTriage)
        self.menuBureau.addAction(self.actionAlerts)
        self.menuBureau.addAction(self.actionRegister)
        self.menuView.addAction(self.menuLanguage.menuAction())
        self.menuView.addAction(self.actionShowDue)
        self.menuView.addAction(self.actionFocusSearch)
        self.menuLanguage.addAction(self.actionFrench)
        self.menuLanguage.addAction(self.actionGerman)
        self.menuSync.addAction(self.actionSync)
        self.menuSync.addAction(self.actionSyncReview)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionNewCase.setText(QCoreApplication.translate("MainWindow", u"&New person and case\u2026", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionEditPerson.setText(QCoreApplication.translate("MainWindow", u"Edit &person\u2026", None))
        self.actionEditCase.setText(QCoreApplication.translate("MainWindow", u"Edit &case\u2026", None))
        self.actionAddNote.setText(QCoreApplication.translate("MainWindow", u"Add &note\u2026", None))
        self.actionAddReminder.setText(QCoreApplication.translate("MainWindow", u"Add &reminder\u2026", None))
        self.actionAttach.setText(QCoreApplication.translate("MainWindow", u"Attach &file\u2026", None))
        self.actionShowDue.setText(QCoreApplication.translate("MainWindow", u"&Due panel", None))
        self.actionFocusSearch.setText(QCoreApplication.translate("MainWindow", u"&Find", None))
        self.actionSync.setText(QCoreApplication.translate("MainWindow", u"&Synchronise now", None))
        self.actionSyncReview.setText(QCoreApplication.translate("MainWindow", u"&Conflicts and refused batches\u2026", None))
        self.actionGrid.setText(QCoreApplication.translate("MainWindow", u"Evaluation &grid\u2026", None))
        self.actionConsent.setText(QCoreApplication.translate("MainWindow", u"C&onsent\u2026", None))
        self.actionTargets.setText(QCoreApplication.translate("MainWindow", u"&Target publics and transitions\u2026", None))
        self.actionAnnounce.setText(QCoreApplication.translate("MainWindow", u"&Announce to the Bureau CII\u2026", None))
        self.actionNewMeeting.setText(QCoreApplication.translate("MainWindow", u"Table ronde or &network meeting\u2026", None))
        self.actionEvent.setText(QCoreApplication.translate("MainWindow", u"&Warning, disagreement, closure\u2026", None))
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"&Print preview\u2026", None))
        self.actionTriage.setText(QCoreApplication.translate("MainWindow", u"&Announcements to decide\u2026", None))
        self.actionAlerts.setText(QCoreApplication.translate("MainWindow", u"CII &alerts\u2026", None))
        self.actionRegister.setText(QCoreApplication.translate("MainWindow", u"&Transitions register\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About CII Desktop", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Name, AVS number, reference, commune\u2026", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("MainWindow", u"S&tatus:", None))
        self.officeFilterLabel.setText(QCoreApplication.translate("MainWindow", u"O&ffice:", None))
        self.institutionFilterLabel.setText(QCoreApplication.translate("MainWindow", u"&Institution:", None))
        self.countLabel.setText("")
        self.detailTitle.setText(QCoreApplication.translate("MainWindow", u"Select a case in the list.", None))
        self.sharingBanner.setText("")
        self.alertBanner.setText("")
        self.editPersonButton.setText(QCoreApplication.translate("MainWindow", u"Edit &person\u2026", None))
        self.editCaseButton.setText(QCoreApplication.translate("MainWindow", u"Edit &case\u2026", None))
        self.addNoteButton.setText(QCoreApplication.translate("MainWindow", u"Add &note\u2026", None))
        self.addReminderButton.setText(QCoreApplication.translate("MainWindow", u"Add &reminder\u2026", None))
        self.attachButton.setText(QCoreApplication.translate("MainWindow", u"Attach &file\u2026", None))
        self.gridButton.setText(QCoreApplication.translate("MainWindow", u"Evaluation &grid\u2026", None))
        self.consentButton.setText(QCoreApplication.translate("MainWindow", u"C&onsent\u2026", None))
        self.targetsButton.setText(QCoreApplication.translate("MainWindow", u"&Target publics\u2026", None))
        self.announceButton.setText(QCoreApplication.translate("MainWindow", u"&Announce to the Bureau\u2026", None))
        self.eventButton.setText(QCoreApplication.translate("MainWindow", u"&Warning, disagreement, closure\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.referralTab), QCoreApplication.translate("MainWindow", u"Referral path", None))
        self.openHandlingButton.setText(QCoreApplication.translate("MainWindow", u"O&pen\u2026", None))
        self.newMeetingButton.setText(QCoreApplication.translate("MainWindow", u"&New meeting\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.handlingsTab), QCoreApplication.translate("MainWindow", u"Handlings", None))
        self.printButton.setText(QCoreApplication.translate("MainWindow", u"&Print preview\u2026", None))
        self.openDocumentButton.setText(QCoreApplication.translate("MainWindow", u"&Open version\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.documentsTab), QCoreApplication.translate("MainWindow", u"Documents", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.journalTab), QCoreApplication.translate("MainWindow", u"Journal", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.historyTab), QCoreApplication.translate("MainWindow", u"Status history", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.institutionsTab), QCoreApplication.translate("MainWindow", u"Institutions", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.remindersTab), QCoreApplication.translate("MainWindow", u"Reminders", None))
        self.saveAttachmentButton.setText(QCoreApplication.translate("MainWindow", u"&Save a copy\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.attachmentsTab), QCoreApplication.translate("MainWindow", u"Attachments", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuCase.setTitle(QCoreApplication.translate("MainWindow", u"&Case", None))
        self.menuReferral.setTitle(QCoreApplication.translate("MainWindow", u"&Referral", None))
        self.menuBureau.setTitle(QCoreApplication.translate("MainWindow", u"&Bureau CII", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menuSync.setTitle(QCoreApplication.translate("MainWindow", u"S&ync", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.dueDock.setWindowTitle(QCoreApplication.translate("MainWindow", u"Due", None))
        self.dueSummary.setText("")
        self.dueDoneButton.setText(QCoreApplication.translate("MainWindow", u"&Mark as done", None))
        pass
    # retranslateUi


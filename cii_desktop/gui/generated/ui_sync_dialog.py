# Generated from ui/sync_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of sync_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'sync_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncDialog(object):
    def setupUi(self, SyncDialog):
        if not SyncDialog.objectName():
            SyncDialog.setObjectName(u"SyncDialog")
        SyncDialog.resize(900, 460)
        self.dialogLayout = QVBoxLayout(SyncDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.statusLabel = QLabel(SyncDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(SyncDialog)
        self.tabs.setObjectName(u"tabs")
        self.conflictTab = QWidget()
        self.conflictTab.setObjectName(u"conflictTab")
        self.conflictLayout = QVBoxLayout(self.conflictTab)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictHelp = QLabel(self.conflictTab)
        self.conflictHelp.setObjectName(u"conflictHelp")
        self.conflictHelp.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictHelp)

        self.conflictTable = QTableWidget(self.conflictTab)
        self.conflictTable.setObjectName(u"conflictTable")
        self.conflictTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.conflictLayout.addWidget(self.conflictTable)

        self.conflictButtons = QHBoxLayout()
        self.conflictButtons.setObjectName(u"conflictButtons")
        self.conflictSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictButtons.addItem(self.conflictSpacer)

        self.keepAppliedButton = QPushButton(self.conflictTab)
        self.keepAppliedButton.setObjectName(u"keepAppliedButton")

        self.conflictButtons.addWidget(self.keepAppliedButton)

        self.keepOtherButton = QPushButton(self.conflictTab)
        self.keepOtherButton.setObjectName(u"keepOtherButton")

        self.conflictButtons.addWidget(self.keepOtherButton)


        self.conflictLayout.addLayout(self.conflictButtons)

        self.tabs.addTab(self.conflictTab, "")
        self.quarantineTab = QWidget()
        self.quarantineTab.setObjectName(u"quarantineTab")
        self.quarantineLayout = QVBoxLayout(self.quarantineTab)
        self.quarantineLayout.setObjectName(u"quarantineLayout")
        self.quarantineHelp = QLabel(self.quarantineTab)
        self.quarantineHelp.setObjectName(u"quarantineHelp")
        self.quarantineHelp.setWordWrap(True)

        self.quarantineLayout.addWidget(self.quarantineHelp)

        self.quarantineTable = QTableWidget(self.quarantineTab)
        self.quarantineTable.setObjectName(u"quarantineTable")
        self.quarantineTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quarantineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.quarantineLayout.addWidget(self.quarantineTable)

        self.tabs.addTab(self.quarantineTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SyncDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.tabs, self.conflictTable)
        QWidget.setTabOrder(self.conflictTable, self.keepAppliedButton)
        QWidget.setTabOrder(self.keepAppliedButton, self.keepOtherButton)
        QWidget.setTabOrder(self.keepOtherButton, self.quarantineTable)
        QWidget.setTabOrder(self.quarantineTable, self.buttonBox)

        self.retranslateUi(SyncDialog)
    # setupUi

    def retranslateUi(self, SyncDialog):
        SyncDialog.setWindowTitle(QCoreApplication.translate("SyncDialog", u"Synchronisation: conflicts and refused batches", None))
        self.statusLabel.setText("")
        self.conflictHelp.setText(QCoreApplication.translate("SyncDialog", u"Two workstations changed the same field at the same time. The later change was applied everywhere; choose the value to keep. Your choice is sent to the other workstations.", None))
        self.keepAppliedButton.setText(QCoreApplication.translate("SyncDialog", u"Keep the &applied value", None))
        self.keepOtherButton.setText(QCoreApplication.translate("SyncDialog", u"Keep the &other value", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conflictTab), QCoreApplication.translate("SyncDialog", u"&Conflicts", None))
        self.quarantineHelp.setText(QCoreApplication.translate("SyncDialog", u"These files on the shared folder were refused and never applied. The other batches were applied normally. Tell the CII bureau.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.quarantineTab), QCoreApplication.translate("SyncDialog", u"&Refused batches", None))
    # retranslateUi


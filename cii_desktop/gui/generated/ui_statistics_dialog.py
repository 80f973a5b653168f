# Generated from ui/statistics_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of statistics_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'statistics_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_StatisticsDialog(object):
    def setupUi(self, StatisticsDialog):
        if not StatisticsDialog.objectName():
            StatisticsDialog.setObjectName(u"StatisticsDialog")
        StatisticsDialog.resize(980, 680)
        self.dialogLayout = QVBoxLayout(StatisticsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.periodLabel = QLabel(StatisticsDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(StatisticsDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterLayout.addWidget(self.periodCombo)

        self.yearSpin = QSpinBox(StatisticsDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.filterLayout.addWidget(self.yearSpin)

        self.fromLabel = QLabel(StatisticsDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(StatisticsDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setDisplayFormat(u"dd.MM.yyyy")
        self.fromDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(StatisticsDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(StatisticsDialog)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setDisplayFormat(u"dd.MM.yyyy")
        self.toDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDate)

        self.regionLabel = QLabel(StatisticsDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.filterLayout.addWidget(self.regionLabel)

        self.regionCombo = QComboBox(StatisticsDialog)
        self.regionCombo.setObjectName(u"regionCombo")

        self.filterLayout.addWidget(self.regionCombo)

        self.institutionLabel = QLabel(StatisticsDialog)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.filterLayout.addWidget(self.institutionLabel)

        self.institutionCombo = QComboBox(StatisticsDialog)
        self.institutionCombo.setObjectName(u"institutionCombo")

        self.filterLayout.addWidget(self.institutionCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.importButton = QPushButton(StatisticsDialog)
        self.importButton.setObjectName(u"importButton")

        self.filterLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(StatisticsDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)


        self.dialogLayout.addLayout(self.filterLayout)

        self.summaryLabel = QLabel(StatisticsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(StatisticsDialog)
        self.tabs.setObjectName(u"tabs")
        self.tablesTab = QWidget()
        self.tablesTab.setObjectName(u"tablesTab")
        self.tablesLayout = QVBoxLayout(self.tablesTab)
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.figuresTable = QTableWidget(self.tablesTab)
        self.figuresTable.setObjectName(u"figuresTable")
        self.figuresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresTable.setAlternatingRowColors(True)

        self.tablesLayout.addWidget(self.figuresTable)

        self.tabs.addTab(self.tablesTab, "")
        self.chartsTab = QWidget()
        self.chartsTab.setObjectName(u"chartsTab")
        self.chartsLayout = QVBoxLayout(self.chartsTab)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsArea = QScrollArea(self.chartsTab)
        self.chartsArea.setObjectName(u"chartsArea")
        self.chartsArea.setWidgetResizable(True)

        self.chartsLayout.addWidget(self.chartsArea)

        self.tabs.addTab(self.chartsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(StatisticsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.regionLabel.setBuddy(self.regionCombo)
        self.institutionLabel.setBuddy(self.institutionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatisticsDialog)
    # setupUi

    def retranslateUi(self, StatisticsDialog):
        StatisticsDialog.setWindowTitle(QCoreApplication.translate("StatisticsDialog", u"Statistics", None))
        self.periodLabel.setText(QCoreApplication.translate("StatisticsDialog", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("StatisticsDialog", u"Year", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("StatisticsDialog", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("StatisticsDialog", u"&To:", None))
        self.regionLabel.setText(QCoreApplication.translate("StatisticsDialog", u"Region:", None))
        self.institutionLabel.setText(QCoreApplication.translate("StatisticsDialog", u"Announcing institution:", None))
        self.importButton.setText(QCoreApplication.translate("StatisticsDialog", u"Import register\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("StatisticsDialog", u"Annual report\u2026", None))
        self.summaryLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.tablesTab), QCoreApplication.translate("StatisticsDialog", u"Tables", None))
        self.tabs.setTabText(self.tabs.indexOf(self.chartsTab), QCoreApplication.translate("StatisticsDialog", u"Charts", None))
    # retranslateUi


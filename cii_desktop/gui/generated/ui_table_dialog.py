# Generated from ui/table_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of table_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'table_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TableDialog(object):
    def setupUi(self, TableDialog):
        if not TableDialog.objectName():
            TableDialog.setObjectName(u"TableDialog")
        TableDialog.resize(860, 500)
        TableDialog.setWindowTitle(u"CII Desktop")
        self.dialogLayout = QVBoxLayout(TableDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TableDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.table = QTableWidget(TableDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.table)

        self.buttonBox = QDialogButtonBox(TableDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(TableDialog)
    # setupUi

    def retranslateUi(self, TableDialog):
        self.introLabel.setText("")
        pass
    # retranslateUi


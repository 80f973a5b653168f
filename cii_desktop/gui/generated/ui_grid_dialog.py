# Generated from ui/grid_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of grid_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'grid_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_GridDialog(object):
    def setupUi(self, GridDialog):
        if not GridDialog.objectName():
            GridDialog.setObjectName(u"GridDialog")
        GridDialog.resize(820, 640)
        self.dialogLayout = QVBoxLayout(GridDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headForm = QFormLayout()
        self.headForm.setObjectName(u"headForm")
        self.assessedLabel = QLabel(GridDialog)
        self.assessedLabel.setObjectName(u"assessedLabel")

        self.headForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assessedLabel)

        self.assessedEdit = QLineEdit(GridDialog)
        self.assessedEdit.setObjectName(u"assessedEdit")

        self.headForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assessedEdit)

        self.assessorLabel = QLabel(GridDialog)
        self.assessorLabel.setObjectName(u"assessorLabel")

        self.headForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.assessorLabel)

        self.assessorEdit = QLineEdit(GridDialog)
        self.assessorEdit.setObjectName(u"assessorEdit")

        self.headForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.assessorEdit)


        self.dialogLayout.addLayout(self.headForm)

        self.ratingsLabel = QLabel(GridDialog)
        self.ratingsLabel.setObjectName(u"ratingsLabel")
        self.ratingsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ratingsLabel)

        self.ratingsTable = QTableWidget(GridDialog)
        self.ratingsTable.setObjectName(u"ratingsTable")
        self.ratingsTable.setColumnCount(3)
        self.ratingsTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.ratingsTable)

        self.proposalLabel = QLabel(GridDialog)
        self.proposalLabel.setObjectName(u"proposalLabel")
        self.proposalLabel.setWordWrap(True)
        self.proposalLabel.setStyleSheet(u"background: #eef4fb; padding: 6px; border: 1px solid #b7cde6;")

        self.dialogLayout.addWidget(self.proposalLabel)

        self.levelForm = QFormLayout()
        self.levelForm.setObjectName(u"levelForm")
        self.levelLabel = QLabel(GridDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.levelForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(GridDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.levelForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.overrideLabel = QLabel(GridDialog)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.levelForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overrideLabel)

        self.overrideEdit = QLineEdit(GridDialog)
        self.overrideEdit.setObjectName(u"overrideEdit")

        self.levelForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.overrideEdit)

        self.formError = QLabel(GridDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.levelForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formError)


        self.dialogLayout.addLayout(self.levelForm)

        self.buttonBox = QDialogButtonBox(GridDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.assessedLabel.setBuddy(self.assessedEdit)
        self.assessorLabel.setBuddy(self.assessorEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.overrideLabel.setBuddy(self.overrideEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.assessedEdit, self.assessorEdit)
        QWidget.setTabOrder(self.assessorEdit, self.ratingsTable)
        QWidget.setTabOrder(self.ratingsTable, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.overrideEdit)
        QWidget.setTabOrder(self.overrideEdit, self.buttonBox)

        self.retranslateUi(GridDialog)
    # setupUi

    def retranslateUi(self, GridDialog):
        GridDialog.setWindowTitle(QCoreApplication.translate("GridDialog", u"Evaluation grid", None))
        self.assessedLabel.setText(QCoreApplication.translate("GridDialog", u"&Date (dd.mm.yyyy):", None))
        self.assessorLabel.setText(QCoreApplication.translate("GridDialog", u"Assessed &by:", None))
        self.ratingsLabel.setText(QCoreApplication.translate("GridDialog", u"Rate each problem domain (0 = no problem, 3 = serious) and comment:", None))
        self.proposalLabel.setText("")
        self.levelLabel.setText(QCoreApplication.translate("GridDialog", u"CII &level:", None))
        self.overrideLabel.setText(QCoreApplication.translate("GridDialog", u"&Reason for another level:", None))
        self.formError.setText("")
    # retranslateUi


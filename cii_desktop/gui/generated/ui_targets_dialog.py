# Generated from ui/targets_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of targets_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'targets_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_TargetsDialog(object):
    def setupUi(self, TargetsDialog):
        if not TargetsDialog.objectName():
            TargetsDialog.setObjectName(u"TargetsDialog")
        TargetsDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(TargetsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TargetsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.targetsTable = QTableWidget(TargetsDialog)
        self.targetsTable.setObjectName(u"targetsTable")
        self.targetsTable.setColumnCount(6)
        self.targetsTable.setWordWrap(True)
        self.targetsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targetsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.targetsTable)

        self.noAnnouncementLabel = QLabel(TargetsDialog)
        self.noAnnouncementLabel.setObjectName(u"noAnnouncementLabel")
        self.noAnnouncementLabel.setWordWrap(True)
        self.noAnnouncementLabel.setStyleSheet(u"color: #5c4400;")

        self.dialogLayout.addWidget(self.noAnnouncementLabel)

        self.reminderButton = QPushButton(TargetsDialog)
        self.reminderButton.setObjectName(u"reminderButton")

        self.dialogLayout.addWidget(self.reminderButton)

        self.transitionBox = QGroupBox(TargetsDialog)
        self.transitionBox.setObjectName(u"transitionBox")
        self.transitionForm = QFormLayout(self.transitionBox)
        self.transitionForm.setObjectName(u"transitionForm")
        self.directionLabel = QLabel(self.transitionBox)
        self.directionLabel.setObjectName(u"directionLabel")

        self.transitionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionCombo = QComboBox(self.transitionBox)
        self.directionCombo.setObjectName(u"directionCombo")

        self.transitionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.rowLabel = QLabel(self.transitionBox)
        self.rowLabel.setObjectName(u"rowLabel")

        self.transitionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rowLabel)

        self.rowCombo = QComboBox(self.transitionBox)
        self.rowCombo.setObjectName(u"rowCombo")

        self.transitionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rowCombo)

        self.dateLabel = QLabel(self.transitionBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.transitionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(self.transitionBox)
        self.dateEdit.setObjectName(u"dateEdit")

        self.transitionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.meetingLabel = QLabel(self.transitionBox)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.transitionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingEdit = QLineEdit(self.transitionBox)
        self.meetingEdit.setObjectName(u"meetingEdit")

        self.transitionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.meetingEdit)

        self.noteLabel = QLabel(self.transitionBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.transitionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.transitionBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.transitionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.formError = QLabel(self.transitionBox)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.transitionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.formError)

        self.recordButton = QPushButton(self.transitionBox)
        self.recordButton.setObjectName(u"recordButton")

        self.transitionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recordButton)


        self.dialogLayout.addWidget(self.transitionBox)

        self.buttonBox = QDialogButtonBox(TargetsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.directionLabel.setBuddy(self.directionCombo)
        self.rowLabel.setBuddy(self.rowCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.meetingLabel.setBuddy(self.meetingEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TargetsDialog)
    # setupUi

    def retranslateUi(self, TargetsDialog):
        TargetsDialog.setWindowTitle(QCoreApplication.translate("TargetsDialog", u"Target publics and transitions", None))
        self.introLabel.setText(QCoreApplication.translate("TargetsDialog", u"Rows of the ORP\u2013CMS directive's annex that match the person's situation:", None))
        self.noAnnouncementLabel.setText("")
        self.reminderButton.setText(QCoreApplication.translate("TargetsDialog", u"Create the &reminder of the selected row", None))
        self.transitionBox.setTitle(QCoreApplication.translate("TargetsDialog", u"Record a transition", None))
        self.directionLabel.setText(QCoreApplication.translate("TargetsDialog", u"D&irection:", None))
        self.rowLabel.setText(QCoreApplication.translate("TargetsDialog", u"Target &public:", None))
        self.dateLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Date (dd.mm.yyyy):", None))
        self.meetingLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Network meeting on (optional):", None))
        self.noteLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Note:", None))
        self.formError.setText("")
        self.recordButton.setText(QCoreApplication.translate("TargetsDialog", u"Re&cord the transition", None))
    # retranslateUi


# Generated from ui/reminder_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of reminder_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'reminder_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ReminderDialog(object):
    def setupUi(self, ReminderDialog):
        if not ReminderDialog.objectName():
            ReminderDialog.setObjectName(u"ReminderDialog")
        ReminderDialog.resize(420, 180)
        self.dialogLayout = QVBoxLayout(ReminderDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.reminderForm = QFormLayout()
        self.reminderForm.setObjectName(u"reminderForm")
        self.dueLabel = QLabel(ReminderDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.reminderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QLineEdit(ReminderDialog)
        self.dueEdit.setObjectName(u"dueEdit")

        self.reminderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.dueError = QLabel(ReminderDialog)
        self.dueError.setObjectName(u"dueError")
        self.dueError.setWordWrap(True)
        self.dueError.setStyleSheet(u"color: #b00020;")

        self.reminderForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueError)

        self.titleLabel = QLabel(ReminderDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.reminderForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ReminderDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.reminderForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(ReminderDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setStyleSheet(u"color: #b00020;")

        self.reminderForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleError)


        self.dialogLayout.addLayout(self.reminderForm)

        self.buttonBox = QDialogButtonBox(ReminderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dueLabel.setBuddy(self.dueEdit)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dueEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.buttonBox)

        self.retranslateUi(ReminderDialog)
    # setupUi

    def retranslateUi(self, ReminderDialog):
        ReminderDialog.setWindowTitle(QCoreApplication.translate("ReminderDialog", u"Reminder", None))
        self.dueLabel.setText(QCoreApplication.translate("ReminderDialog", u"&Due on:", None))
        self.dueEdit.setPlaceholderText(QCoreApplication.translate("ReminderDialog", u"dd.mm.yyyy", None))
        self.dueError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("ReminderDialog", u"&What:", None))
        self.titleError.setText("")
    # retranslateUi


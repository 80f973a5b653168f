# Generated from ui/announcement_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of announcement_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'announcement_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AnnouncementDialog(object):
    def setupUi(self, AnnouncementDialog):
        if not AnnouncementDialog.objectName():
            AnnouncementDialog.setObjectName(u"AnnouncementDialog")
        AnnouncementDialog.resize(700, 620)
        self.dialogLayout = QVBoxLayout(AnnouncementDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.prefillLabel = QLabel(AnnouncementDialog)
        self.prefillLabel.setObjectName(u"prefillLabel")
        self.prefillLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.prefillLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.problemsLabel = QLabel(AnnouncementDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.problemsLabel)

        self.problemsEdit = QPlainTextEdit(AnnouncementDialog)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.problemsEdit)

        self.involvedLabel = QLabel(AnnouncementDialog)
        self.involvedLabel.setObjectName(u"involvedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.involvedLabel)

        self.involvedEdit = QPlainTextEdit(AnnouncementDialog)
        self.involvedEdit.setObjectName(u"involvedEdit")
        self.involvedEdit.setTabChangesFocus(True)
        self.involvedEdit.setMaximumHeight(70)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.involvedEdit)

        self.measuresLabel = QLabel(AnnouncementDialog)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.measuresLabel)

        self.measuresEdit = QPlainTextEdit(AnnouncementDialog)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setTabChangesFocus(True)
        self.measuresEdit.setMaximumHeight(90)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.measuresEdit)

        self.goalLabel = QLabel(AnnouncementDialog)
        self.goalLabel.setObjectName(u"goalLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goalEdit = QPlainTextEdit(AnnouncementDialog)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setTabChangesFocus(True)
        self.goalEdit.setMaximumHeight(70)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.goalEdit)

        self.handlingLabel = QLabel(AnnouncementDialog)
        self.handlingLabel.setObjectName(u"handlingLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handlingLabel)

        self.handlingCombo = QComboBox(AnnouncementDialog)
        self.handlingCombo.setObjectName(u"handlingCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.handlingCombo)

        self.formError = QLabel(AnnouncementDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.formError)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(AnnouncementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.problemsLabel.setBuddy(self.problemsEdit)
        self.involvedLabel.setBuddy(self.involvedEdit)
        self.measuresLabel.setBuddy(self.measuresEdit)
        self.goalLabel.setBuddy(self.goalEdit)
        self.handlingLabel.setBuddy(self.handlingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AnnouncementDialog)
    # setupUi

    def retranslateUi(self, AnnouncementDialog):
        AnnouncementDialog.setWindowTitle(QCoreApplication.translate("AnnouncementDialog", u"Announcement of a complex situation (CII100.1)", None))
        self.prefillLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"Prefilled from the person, the latest evaluation grid and the case's institutions.", None))
        self.problemsLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"&Problems:", None))
        self.involvedLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"&Institutions already involved:", None))
        self.measuresLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"&Measures already tried:", None))
        self.goalLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"E&xpected goal:", None))
        self.handlingLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"&Requested handling:", None))
        self.formError.setText("")
    # retranslateUi


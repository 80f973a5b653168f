# Generated from ui/event_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of event_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'event_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(640, 520)
        self.dialogLayout = QVBoxLayout(EventDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.disputesList = QListWidget(EventDialog)
        self.disputesList.setObjectName(u"disputesList")
        self.disputesList.setMaximumHeight(110)

        self.dialogLayout.addWidget(self.disputesList)

        self.disputeButtons = QHBoxLayout()
        self.disputeButtons.setObjectName(u"disputeButtons")
        self.escalateButton = QPushButton(EventDialog)
        self.escalateButton.setObjectName(u"escalateButton")

        self.disputeButtons.addWidget(self.escalateButton)

        self.resolveButton = QPushButton(EventDialog)
        self.resolveButton.setObjectName(u"resolveButton")

        self.disputeButtons.addWidget(self.resolveButton)


        self.dialogLayout.addLayout(self.disputeButtons)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(EventDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(EventDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateLabel = QLabel(EventDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(EventDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.institutionLabel = QLabel(EventDialog)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institutionCombo = QComboBox(EventDialog)
        self.institutionCombo.setObjectName(u"institutionCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.institutionCombo)

        self.outcomeLabel = QLabel(EventDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(EventDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.textLabel = QLabel(EventDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(EventDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.partnerCheck = QCheckBox(EventDialog)
        self.partnerCheck.setObjectName(u"partnerCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partnerCheck)

        self.formError = QLabel(EventDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.formError)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.institutionLabel.setBuddy(self.institutionCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Warning, disagreement, closure", None))
        self.escalateButton.setText(QCoreApplication.translate("EventDialog", u"&Escalate to the cantonal officer", None))
        self.resolveButton.setText(QCoreApplication.translate("EventDialog", u"Record the &outcome (text below)", None))
        self.kindLabel.setText(QCoreApplication.translate("EventDialog", u"&Kind:", None))
        self.dateLabel.setText(QCoreApplication.translate("EventDialog", u"&Date (dd.mm.yyyy):", None))
        self.institutionLabel.setText(QCoreApplication.translate("EventDialog", u"&Institution:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("EventDialog", u"&Outcome:", None))
        self.textLabel.setText(QCoreApplication.translate("EventDialog", u"&Text:", None))
        self.partnerCheck.setText(QCoreApplication.translate("EventDialog", u"&Partner institution informed", None))
        self.formError.setText("")
    # retranslateUi


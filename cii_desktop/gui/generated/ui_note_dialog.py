# Generated from ui/note_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of note_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'note_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NoteDialog(object):
    def setupUi(self, NoteDialog):
        if not NoteDialog.objectName():
            NoteDialog.setObjectName(u"NoteDialog")
        NoteDialog.resize(480, 260)
        self.dialogLayout = QVBoxLayout(NoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.textLabel = QLabel(NoteDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(NoteDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.formError = QLabel(NoteDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.noteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formError)


        self.dialogLayout.addLayout(self.noteForm)

        self.buttonBox = QDialogButtonBox(NoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.buttonBox)

        self.retranslateUi(NoteDialog)
    # setupUi

    def retranslateUi(self, NoteDialog):
        NoteDialog.setWindowTitle(QCoreApplication.translate("NoteDialog", u"Journal note", None))
        self.textLabel.setText(QCoreApplication.translate("NoteDialog", u"&Note:", None))
        self.formError.setText("")
    # retranslateUi


# Generated from ui/document_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of document_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'document_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DocumentDialog(object):
    def setupUi(self, DocumentDialog):
        if not DocumentDialog.objectName():
            DocumentDialog.setObjectName(u"DocumentDialog")
        DocumentDialog.resize(900, 680)
        self.dialogLayout = QVBoxLayout(DocumentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.languageLabel = QLabel(DocumentDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.topRow.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(DocumentDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.topRow.addWidget(self.languageCombo)

        self.statusLabel = QLabel(DocumentDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.topRow.addWidget(self.statusLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.topRow.setStretch(2, 1)

        self.dialogLayout.addLayout(self.topRow)

        self.pdfView = QPdfView(DocumentDialog)
        self.pdfView.setObjectName(u"pdfView")

        self.dialogLayout.addWidget(self.pdfView)

        self.formError = QLabel(DocumentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.formError)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.printButton = QPushButton(DocumentDialog)
        self.printButton.setObjectName(u"printButton")

        self.actionRow.addWidget(self.printButton)

        self.saveButton = QPushButton(DocumentDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.actionRow.addWidget(self.saveButton)

        self.emailButton = QPushButton(DocumentDialog)
        self.emailButton.setObjectName(u"emailButton")

        self.actionRow.addWidget(self.emailButton)

        self.signButton = QPushButton(DocumentDialog)
        self.signButton.setObjectName(u"signButton")

        self.actionRow.addWidget(self.signButton)

        self.scanButton = QPushButton(DocumentDialog)
        self.scanButton.setObjectName(u"scanButton")

        self.actionRow.addWidget(self.scanButton)


        self.dialogLayout.addLayout(self.actionRow)

        self.buttonBox = QDialogButtonBox(DocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentDialog)
    # setupUi

    def retranslateUi(self, DocumentDialog):
        DocumentDialog.setWindowTitle(QCoreApplication.translate("DocumentDialog", u"Print preview", None))
        self.languageLabel.setText(QCoreApplication.translate("DocumentDialog", u"&Language:", None))
        self.statusLabel.setText("")
        self.formError.setText("")
        self.printButton.setText(QCoreApplication.translate("DocumentDialog", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("DocumentDialog", u"Save as P&DF\u2026", None))
        self.emailButton.setText(QCoreApplication.translate("DocumentDialog", u"Prepare &e-mail\u2026", None))
        self.signButton.setText(QCoreApplication.translate("DocumentDialog", u"&Sign on screen\u2026", None))
        self.scanButton.setText(QCoreApplication.translate("DocumentDialog", u"Attach the signed &scan\u2026", None))
    # retranslateUi


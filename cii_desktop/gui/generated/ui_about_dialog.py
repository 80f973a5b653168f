# Generated from ui/about_dialog.ui by tools/build_ui.py - do not edit: change the .ui file in
# Qt Designer and run `python tools/build_ui.py`.
"""Generated layout of about_dialog.ui."""
# -*- coding: utf-8 -*-

## Form generated from reading UI file 'about_dialog.ui'

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 300)
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.logo = QLabel(AboutDialog)
        self.logo.setObjectName(u"logo")
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.aboutLayout.addWidget(self.logo)

        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"<h2>CII Desktop</h2>")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.aboutLayout.addWidget(self.titleLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.aboutLayout.addWidget(self.versionLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.aboutLayout.addWidget(self.descriptionLabel)

        self.detailsLabel = QLabel(AboutDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.aboutLayout.addWidget(self.detailsLabel)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About CII Desktop", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Interinstitutional collaboration (CII) of the canton of Valais: cases, forms and their exchange between the institutions of the network. Data stays encrypted on this computer.", None))
    # retranslateUi


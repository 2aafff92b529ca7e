# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers. Most of a file's compile time here is spent parsing the same Qt
# headers again; each layer parses them once. Measured in docs/ci.md.
option(WITH_PCH "Precompile the Qt headers each layer uses (faster builds)" ON)

set(AD_PCH_CORE
    <QCoreApplication> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
    <QList> <QSet> <QSqlDatabase> <QSqlError> <QSqlQuery> <QString> <QStringList> <QUuid>
    <QVariant> <algorithm> <functional> <memory> <optional>)
set(AD_PCH_UI ${AD_PCH_CORE}
    <QAbstractTableModel> <QAction> <QComboBox> <QDateEdit> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QGroupBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMenu>
    <QPushButton> <QSplitter> <QTableView> <QVBoxLayout> <QWidget>)
set(AD_PCH_TEST ${AD_PCH_CORE} <QSignalSpy> <QTemporaryDir> <QTest>)
set(AD_PCH_UI_TEST ${AD_PCH_UI} <QSignalSpy> <QTemporaryDir> <QTest>)

# ad_precompile_headers(TARGET CORE|UI|TEST|UI_TEST): TARGET builds its own precompiled header.
function(ad_precompile_headers target layer)
    if(WITH_PCH)
        target_precompile_headers(${target} PRIVATE ${AD_PCH_${layer}})
    endif()
endfunction()

# ad_reuse_precompiled_headers(TARGET FROM): TARGET, built with the same flags as FROM, uses
# FROM's precompiled header instead of making its own.
function(ad_reuse_precompiled_headers target from)
    if(WITH_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()

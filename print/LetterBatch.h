// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Result letters written to a folder: a PDF for every candidate and, for those with an
// e-mail address, an e-mail draft (.eml) beside it with the PDF attached. Each file is
// written whole or not at all (QSaveFile). Recording the candidates as informed is the
// caller's decision, after asking.

#include "PrintSettings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

struct LetterData;

struct LetterFiles {
    QUuid candidateId;
    QString candidateName;
    QString language;
    QString pdfPath;
    QString emailPath;  ///< empty when the candidate has no e-mail address
    bool alreadyInformed = false;  ///< the decision was recorded as told before this letter
};

class LetterBatch
{
    Q_DECLARE_TR_FUNCTIONS(LetterBatch)

public:
    /// Writes every letter into `folder` (made when missing). Stops at the first failure,
    /// which says which letter failed and why; the letters written before it stay.
    static Result<QList<LetterFiles>> write(const QList<LetterData>& letters, const QString& folder,
                                            PrintSettings::Paper paper, const QString& sourceFile);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterBatch.h"

#include "EmailDraft.h"
#include "PdfOutput.h"
#include "PrintedDocument.h"
#include "ResultLetter.h"

#include <QDir>

Result<QList<LetterFiles>> LetterBatch::write(const QList<LetterData>& letters, const QString& folder,
                                              PrintSettings::Paper paper, const QString& sourceFile)
{
    using R = Result<QList<LetterFiles>>;
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        return R::failure(ErrorCode::Io, tr("The folder \"%1\" could not be made. Choose a folder you can write to.")
                                             .arg(QDir::toNativeSeparators(folder)));
    }
    QList<LetterFiles> written;
    for (const LetterData& letter : letters) {
        PrintedDocument document;
        document.sourceFile = sourceFile;
        document.sections.append(ResultLetter::section(letter));
        const QString stem = ResultLetter::fileStem(letter);
        const QString subject = ResultLetter::subject(letter);
        const auto pdf = PdfOutput::bytes(document, paper, subject);
        if (!pdf.ok()) {
            return R(pdf.error());
        }
        LetterFiles files;
        files.candidateId = letter.candidate.meta.id;
        files.candidateName = letter.candidate.displayName();
        files.language = letter.text.language;
        files.alreadyInformed = letter.decision.isInformed();
        files.pdfPath = dir.filePath(stem + QStringLiteral(".pdf"));
        if (auto saved = PdfOutput::save(pdf.value(), files.pdfPath); !saved.ok()) {
            return R(saved.error());
        }
        if (!letter.candidate.email.trimmed().isEmpty()) {
            EmailDraft draft;
            draft.fromName = letter.officer;
            draft.fromAddress = letter.officerEmail;
            draft.toName = letter.candidate.displayName();
            draft.toAddress = letter.candidate.email;
            draft.subject = subject;
            draft.text = ResultLetter::body(letter);
            draft.attachmentName = stem + QStringLiteral(".pdf");
            draft.attachment = pdf.value();
            files.emailPath = dir.filePath(stem + QStringLiteral(".eml"));
            if (auto saved = PdfOutput::save(draft.toMime(), files.emailPath); !saved.ok()) {
                return R(saved.error());
            }
        }
        written.append(files);
    }
    return written;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScoreSheet.h"

#include "assessment/AssessmentRound.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

/// Before the digits, so that a spreadsheet never reads a code as a number ("12E456").
const QString kCandidatePrefix = QStringLiteral("C-");

QString hexOf(const QUuid& id)
{
    return id.toString(QUuid::Id128).toUpper();
}

/// The digits of a candidate's code: of a hash of the id, so that an anonymised sheet's
/// code does not give the id away (the code the printed sheets and letters already carry).
QString codeDigits(const QUuid& id)
{
    return QString::fromLatin1(QCryptographicHash::hash(id.toRfc4122(), QCryptographicHash::Sha256).toHex().toUpper());
}

/// `text` as hexadecimal digits in capitals, braces and dashes left out; empty when it
/// holds anything else.
QString normalisedHex(const QString& text)
{
    QString hex = text.trimmed().toUpper();
    hex.remove(QLatin1Char('{')).remove(QLatin1Char('}')).remove(QLatin1Char('-'));
    static const QRegularExpression digits(QStringLiteral("^[0-9A-F]+$"));
    return digits.match(hex).hasMatch() ? hex : QString();
}

struct CsvRecord {
    int row = 0;
    QStringList cells;
};

/// RFC 4180 records numbered as a spreadsheet numbers its rows (a quoted field's line
/// breaks do not start a new row; blank lines count). Failure names the row of a stray
/// quotation mark.
Result<QList<CsvRecord>> records(const QString& text, const QString& sourceName)
{
    using R = Result<QList<CsvRecord>>;
    QList<CsvRecord> all;
    QStringList cells;
    QString cell;
    bool quoted = false;  // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (only a separator may follow)
    int row = 1;
    int recordRow = 1;
    const auto endCell = [&]() {
        cells.append(cell);
        cell.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&]() {
        endCell();
        const bool blank = cells.size() == 1 && cells.constFirst().isEmpty();
        if (!blank) {
            all.append({recordRow, cells});
        }
        cells.clear();
    };
    const auto stray = [&](int at) {
        return R::failure(ErrorCode::Invalid, ScoreSheet::tr("\"%1\" is not valid CSV: a quotation mark in row %2 "
                                                             "is out of place or never closed. Correct the row and "
                                                             "import again; nothing was imported.")
                                                  .arg(sourceName, QString::number(at)));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                // A quoted line break stays in the cell and starts no row, as a spreadsheet shows it.
                if (c == QLatin1Char('\r')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                        ++i;
                    }
                    cell.append(QLatin1Char('\n'));
                } else {
                    cell.append(c);
                }
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
            ++row;
            recordRow = row;
        } else if (c == QLatin1Char('"')) {
            if (!cell.isEmpty() || wasQuoted) {
                return stray(row);
            }
            quoted = true;
        } else {
            if (wasQuoted) {
                return stray(row);
            }
            cell.append(c);
        }
    }
    if (quoted) {
        return stray(recordRow);
    }
    if (!cell.isEmpty() || !cells.isEmpty() || wasQuoted) {
        endRecord();
    }
    return all;
}

}  // namespace

QString ScoreSheet::candidateCode(const QUuid& id, const QList<QUuid>& everyone)
{
    const QString hex = codeDigits(id);
    int length = kCandidateCodeLength;
    for (const QUuid& other : everyone) {
        if (other == id) {
            continue;
        }
        const QString otherHex = codeDigits(other);
        int shared = 0;
        while (shared < hex.size() && hex.at(shared) == otherHex.at(shared)) {
            ++shared;
        }
        length = std::max(length, shared + 1);
    }
    return kCandidatePrefix + hex.left(length);
}

namespace {

/// What `text` names a candidate by: their whole id, or the digits of a code (the "C-" left
/// out, in capitals); neither when it is no code at all.
struct TypedCode {
    QUuid whole;
    QString digits;
};

TypedCode typedCode(const QString& text)
{
    const QString typed = text.trimmed();
    TypedCode code{QUuid::fromString(typed), QString()};
    if (!code.whole.isNull()) {
        return code;
    }
    QString digits = typed.toUpper();
    if (digits.startsWith(kCandidatePrefix)) {
        digits = digits.mid(kCandidatePrefix.size());
    }
    if (digits.size() >= ScoreSheet::kCandidateCodeLength && normalisedHex(digits) == digits) {
        code.digits = digits;
    }
    return code;
}

bool names(const TypedCode& code, const QUuid& id, const QString& idDigits)
{
    return !code.whole.isNull() ? code.whole == id : !code.digits.isEmpty() && idDigits.startsWith(code.digits);
}

}  // namespace

bool ScoreSheet::namesCandidate(const QString& text, const QUuid& id)
{
    return names(typedCode(text), id, codeDigits(id));
}

CandidateCodeIndex::CandidateCodeIndex(const QList<QUuid>& ids)
{
    m_digits.reserve(ids.size());
    for (const QUuid& id : ids) {
        m_digits.append({id, codeDigits(id)});
    }
}

QList<QUuid> CandidateCodeIndex::named(const QString& text) const
{
    const QString key = text.trimmed().toUpper();
    if (const auto seen = m_named.constFind(key); seen != m_named.constEnd()) {
        return seen.value();
    }
    const TypedCode code = typedCode(text);
    QList<QUuid> found;
    for (const auto& [id, digits] : m_digits) {
        if (names(code, id, digits)) {
            found.append(id);
        }
    }
    m_named.insert(key, found);
    return found;
}

QString ScoreSheet::criterionCode(const QString& key)
{
    const QString activity = QStringLiteral("activity:");
    if (key.startsWith(activity)) {
        return activity + hexOf(QUuid::fromString(key.mid(activity.size()))).left(kCandidateCodeLength);
    }
    return key;
}

QString ScoreSheet::criterionCode(const QString& key, const QStringList& keys)
{
    const QString activity = QStringLiteral("activity:");
    if (!key.startsWith(activity)) {
        return key;
    }
    const QString hex = hexOf(QUuid::fromString(key.mid(activity.size())));
    int length = kCandidateCodeLength;
    for (const QString& other : keys) {
        if (other == key || !other.startsWith(activity)) {
            continue;
        }
        const QString otherHex = hexOf(QUuid::fromString(other.mid(activity.size())));
        int shared = 0;
        while (shared < hex.size() && shared < otherHex.size() && hex.at(shared) == otherHex.at(shared)) {
            ++shared;
        }
        length = std::max(length, shared + 1);
    }
    return activity + hex.left(length);
}

bool ScoreSheet::namesCriterion(const QString& text, const QString& key)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        return false;
    }
    if (typed.compare(key, Qt::CaseInsensitive) == 0 || typed.compare(criterionCode(key), Qt::CaseInsensitive) == 0) {
        return true;
    }
    // A longer code (criterionCode with the sheet's keys) names the activity its digits start.
    const QString activity = QStringLiteral("activity:");
    if (!key.startsWith(activity) || !typed.startsWith(activity, Qt::CaseInsensitive)) {
        return false;
    }
    const QString digits = typed.mid(activity.size()).toUpper();
    return digits.size() > kCandidateCodeLength && normalisedHex(digits) == digits &&
           hexOf(QUuid::fromString(key.mid(activity.size()))).startsWith(digits);
}

Result<ScoreSheetText> ScoreSheet::parse(const QByteArray& csv, const QString& sourceName)
{
    using R = Result<ScoreSheetText>;
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError()) {
        return R::failure(ErrorCode::Invalid, tr("\"%1\" is not UTF-8 text. Save it from the spreadsheet as \"CSV "
                                                 "UTF-8\" and import it again; nothing was imported.")
                                                  .arg(sourceName));
    }
    const auto read = records(text, sourceName);
    if (!read.ok()) {
        return R(read.error());
    }
    const QList<CsvRecord>& all = read.value();
    if (all.isEmpty()) {
        return R::failure(ErrorCode::Invalid, tr("\"%1\" is empty. Its first row must name the columns: candidate, "
                                                 "criterion, rating (and comment), or candidate and a column per "
                                                 "criterion (`scores-template` makes one); nothing was imported.")
                                                  .arg(sourceName));
    }
    ScoreSheetText sheet;
    const CsvRecord& header = all.constFirst();
    QStringList columns;
    for (const QString& cell : header.cells) {
        columns.append(cell.trimmed());
    }
    const auto columnOf = [&](const QString& name) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i).compare(name, Qt::CaseInsensitive) == 0) {
                return int(i);
            }
        }
        return -1;
    };
    const int candidateAt = columnOf(candidateColumn());
    const int criterionAt = columnOf(criterionColumn());
    if (candidateAt < 0) {
        return R::failure(ErrorCode::Invalid,
                          tr("Row %1 of \"%2\" names no \"candidate\" column. The first row names the columns: "
                             "candidate, criterion, rating (and comment), or candidate and a column per criterion "
                             "(`scores-template` makes one); nothing was imported.")
                              .arg(QString::number(header.row), sourceName));
    }
    sheet.wide = criterionAt < 0;
    const int ratingAt = columnOf(ratingColumn());
    const int commentAt = columnOf(commentColumn());
    const int roundAt = columnOf(roundColumn());
    if (!sheet.wide && ratingAt < 0) {
        return R::failure(ErrorCode::Invalid, tr("Row %1 of \"%2\" names a \"criterion\" column but no \"rating\" "
                                                 "column; nothing was imported.")
                                                  .arg(QString::number(header.row), sourceName));
    }
    // Wide: every other column names a criterion, once.
    QList<int> criterionColumns;
    if (sheet.wide) {
        QHash<QString, int> seen;
        for (int i = 0; i < columns.size(); ++i) {
            const QString name = columns.at(i);
            if (i == candidateAt || i == roundAt || name.compare(nameColumn(), Qt::CaseInsensitive) == 0) {
                continue;
            }
            if (name.isEmpty()) {
                sheet.problems.append({header.row, QString(),
                                       tr("Column %1 has no name; name the criterion it rates (its code on the "
                                          "blank sheet) or delete the column.")
                                           .arg(i + 1)});
                continue;
            }
            if (seen.contains(name.toLower())) {
                sheet.problems.append({header.row, name,
                                       tr("The column is there twice (columns %1 and %2); keep one.")
                                           .arg(seen.value(name.toLower()) + 1)
                                           .arg(i + 1)});
                continue;
            }
            seen.insert(name.toLower(), i);
            criterionColumns.append(i);
        }
    }
    for (qsizetype r = 1; r < all.size(); ++r) {
        const CsvRecord& record = all.at(r);
        const auto at = [&](int column) { return column >= 0 ? record.cells.value(column).trimmed() : QString(); };
        bool blank = true;
        for (const QString& c : record.cells) {
            blank = blank && c.trimmed().isEmpty();
        }
        if (blank) {
            continue;
        }
        if (record.cells.size() > columns.size()) {
            sheet.problems.append({record.row, QString(),
                                   tr("The row has %1 cells, the header %2 columns; a comma too many?")
                                       .arg(record.cells.size())
                                       .arg(columns.size())});
            continue;
        }
        // One sheet, one round: a row naming another round than the rows before is refused,
        // so that no rating goes into a round it was not given in.
        if (const QString roundText = at(roundAt); !roundText.isEmpty()) {
            const auto round = AssessmentRound::parse(roundText);
            if (!round) {
                sheet.problems.append({record.row, roundColumn(),
                                       tr("\"%1\" is not a round; write selection (1), workshop (2) or "
                                          "field_assessment (3), as the blank sheet gives it.")
                                           .arg(roundText)});
                continue;
            }
            if (sheet.round && *sheet.round != *round) {
                sheet.problems.append({record.row, roundColumn(),
                                       tr("The row is of %1, the rows above of %2; a sheet holds one round's "
                                          "ratings: put each round on a sheet of its own.")
                                           .arg(labelOf(*round), labelOf(*sheet.round))});
                continue;
            }
            sheet.round = round;
        }
        const QString candidate = at(candidateAt);
        if (sheet.wide) {
            for (int column : std::as_const(criterionColumns)) {
                const QString rating = at(column);
                if (rating.isEmpty()) {
                    continue;
                }
                if (candidate.isEmpty()) {
                    sheet.problems.append({record.row, candidateColumn(),
                                           tr("The row gives ratings but no candidate; write the candidate's code "
                                              "from the blank sheet.")});
                    break;
                }
                sheet.cells.append({record.row, candidate, columns.at(column), columns.at(column), columns.at(column),
                                    rating, std::nullopt});
            }
            continue;
        }
        const QString rating = at(ratingAt);
        const QString comment = at(commentAt);
        if (rating.isEmpty()) {
            if (!comment.isEmpty()) {
                sheet.problems.append(
                    {record.row, ratingColumn(), tr("The row has a comment but no rating; give the rating with it.")});
            }
            continue;  // a row of the blank sheet left unrated
        }
        if (candidate.isEmpty()) {
            sheet.problems.append({record.row, candidateColumn(),
                                   tr("The row names no candidate; write the candidate's code from the blank sheet.")});
            continue;
        }
        if (at(criterionAt).isEmpty()) {
            sheet.problems.append({record.row, criterionColumn(),
                                   tr("The row names no criterion; write the criterion's code from the blank sheet.")});
            continue;
        }
        sheet.cells.append({record.row, candidate, at(criterionAt), criterionColumn(), ratingColumn(), rating,
                            comment.isEmpty() ? std::nullopt : std::optional<QString>(comment)});
    }
    return sheet;
}

QByteArray ScoreSheet::csvLine(const QStringList& cells)
{
    QStringList quoted;
    for (QString cell : cells) {
        if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.at(0))) {
            cell.prepend(QLatin1Char('\''));
        }
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
            cell.contains(QLatin1Char('\r'))) {
            cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        }
        quoted.append(cell);
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

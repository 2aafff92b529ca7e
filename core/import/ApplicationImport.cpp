// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ApplicationImport.h"

#include "FrontEnd.h"

#include "Clock.h"
#include "domain/Pipeline.h"

#include "domain/DuplicateCheck.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Candidates.h"
#include "domain/TextFold.h"

#include <csv.h>

#include <algorithm>
#include <functional>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace {

// The JSON keys of RecordJson::toJson(const Candidate&) that an application brings.
const char* const kColumns[] = {"family_name",
                                "given_names",
                                "gender",
                                "date_of_birth",
                                "nationality",
                                "administration",
                                "region",
                                "position",
                                "email",
                                "phone",
                                "education",
                                "years_in_customs",
                                "years_in_public_administration",
                                "english_level",
                                "other_languages",
                                "ipr_experience",
                                "consent_to_keep_data",
                                "application_date"};

// The keys the application sets itself: an export of `candidates --json` carries them, and
// reading them back would let a spreadsheet choose ids, versions or stages.
// A column that is not the candidate's own: the workshop the applicant applies to (no seat)
// (its title, or words of it, or its id), as `candidates --json` writes it.
const char* const kSeatColumn = "workshop";

const char* const kIgnored[] = {"id", "row_version", "modified_at", "modified_by", "stage", "archived_at", "erased_at"};

QStringList keys(const char* const* begin, const char* const* end)
{
    QStringList list;
    for (auto it = begin; it != end; ++it) {
        list.append(QLatin1String(*it));
    }
    return list;
}

/// Candidate::validate() names the other languages "languages", as the editor does.
QString columnKey(const QString& validationField)
{
    return validationField == QLatin1String("languages") ? QStringLiteral("other_languages") : validationField;
}

/// "A", "B", … "Z", "AA": a column as a spreadsheet names it.
QString columnLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return letters;
}

struct CsvRecord {
    int row = 0;
    QStringList cells;
};

// Gathers libcsv's events into records numbered as a spreadsheet numbers its rows: one row
// per record however many line breaks its quoted fields hold, and blank lines counted.
// Each record is handed on as soon as it ends, so that only one is held at a time.
struct CsvCollector {
    std::function<void(const CsvRecord&)> take;
    QStringList cells;
    int row = 1;
    bool afterCr = false;  ///< the last line ended with a carriage return
};

void onField(void* data, size_t length, void* context)
{
    auto* collector = static_cast<CsvCollector*>(context);
    QString cell = QString::fromUtf8(static_cast<const char*>(data), qsizetype(length));
    // A quoted field keeps the line breaks of the system that wrote it; the editor writes \n.
    cell.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    collector->cells.append(cell);
}

void onRowEnd(int terminator, void* context)
{
    auto* collector = static_cast<CsvCollector*>(context);
    // CSV_REPALL_NL reports every line break outside a field, so that blank lines count;
    // the LF of a CR LF pair is the same line break as its CR.
    if (collector->cells.isEmpty() && terminator == CSV_LF && collector->afterCr) {
        collector->afterCr = false;
        return;
    }
    if (!collector->cells.isEmpty()) {
        collector->take({collector->row, collector->cells});
        collector->cells.clear();
    }
    ++collector->row;
    collector->afterCr = terminator == CSV_CR;
}

/// How much of the file is read at a time: the file is never held whole.
constexpr qint64 kChunk = 64 * 1024;

Status unreadable(const QIODevice& device, const QString& sourceName)
{
    return Status::failure(ErrorCode::Io, ApplicationImport::tr("\"%1\" cannot be read (%2); nothing was imported.")
                                              .arg(sourceName, device.errorString()));
}

/// Whether the rest of `device` is UTF-8 text, read a chunk at a time (the decoder carries a
/// character cut by a chunk's end over to the next); `device` is back where it was after.
Result<bool> isUtf8(QIODevice& device, const QString& sourceName)
{
    const qint64 start = device.pos();
    QStringDecoder utf8(QStringDecoder::Utf8);
    while (!device.atEnd() && !utf8.hasError()) {
        const QByteArray chunk = device.read(kChunk);
        if (chunk.isEmpty()) {
            return Result<bool>(unreadable(device, sourceName).error());
        }
        const QString decoded = utf8(chunk);
    }
    if (!device.seek(start)) {
        return Result<bool>(unreadable(device, sourceName).error());
    }
    return !utf8.hasError();
}

/// Reads the rest of `device` as CSV a chunk at a time and hands each record to `take`.
Status readRecords(QIODevice& device, const QString& sourceName, const std::function<void(const CsvRecord&)>& take)
{
    csv_parser parser;
    // Strict: a stray quotation mark is reported rather than read as some guess of a value.
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
        return Status::failure(ErrorCode::Internal, ApplicationImport::tr("The CSV reader could not start."));
    }
    CsvCollector collector;
    collector.take = take;
    int status = CSV_SUCCESS;
    while (!device.atEnd()) {
        const QByteArray chunk = device.read(kChunk);
        if (chunk.isEmpty()) {
            csv_free(&parser);
            return unreadable(device, sourceName);
        }
        if (csv_parse(&parser, chunk.constData(), size_t(chunk.size()), onField, onRowEnd, &collector) !=
            size_t(chunk.size())) {
            status = csv_error(&parser);
            break;
        }
    }
    if (status == CSV_SUCCESS && csv_fini(&parser, onField, onRowEnd, &collector) != 0) {
        status = CSV_EPARSE;  // a quoted field still open at the end of the file
    }
    csv_free(&parser);
    if (status == CSV_EPARSE) {
        return Status::failure(ErrorCode::Invalid,
                               ApplicationImport::tr("\"%1\" is not valid CSV: a quotation mark in row %2 is out of "
                                                     "place or never closed. Correct the row in the spreadsheet and "
                                                     "export the file again; nothing was imported.")
                                   .arg(sourceName, QString::number(collector.row)));
    }
    if (status != CSV_SUCCESS) {
        return Status::failure(ErrorCode::Invalid, ApplicationImport::tr("\"%1\" holds a field too large to read; "
                                                                         "nothing was imported.")
                                                       .arg(sourceName));
    }
    return Status::success();
}

void addProblem(ImportRow& row, const QString& field, const QString& message)
{
    row.problems.append({row.row, field, message});
}

template<typename E>
std::optional<E> readKey(ImportRow& row, const QString& field, const QString& value)
{
    if (value.isEmpty()) {
        return std::nullopt;
    }
    if (const auto key = fromKey<E>(value.toLower())) {
        return key;
    }
    addProblem(row, field, ApplicationImport::tr("\"%1\" is not one of %2.").arg(value, keyList<E>()));
    return std::nullopt;
}

QDate readDate(ImportRow& row, const QString& field, const QString& value)
{
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (value.isEmpty()) {
        return {};
    }
    const QDate date = iso.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        addProblem(
            row, field,
            ApplicationImport::tr("\"%1\" is not a date; write it as year-month-day, e.g. 2023-06-01.").arg(value));
    }
    return date;
}

int readYears(ImportRow& row, const QString& field, const QString& value)
{
    if (value.isEmpty()) {
        return 0;
    }
    bool ok = false;
    const int years = value.toInt(&ok);
    if (!ok) {
        addProblem(row, field, ApplicationImport::tr("\"%1\" is not a whole number of years.").arg(value));
    }
    return years;
}

bool readConsent(ImportRow& row, const QString& field, const QString& value)
{
    const QString word = value.toLower();
    if (word.isEmpty() || word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("0")) {
        return false;
    }
    if (word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("1")) {
        return true;
    }
    addProblem(row, field,
               ApplicationImport::tr("\"%1\" is neither yes nor no; write true, false, yes, no, 1 or 0.").arg(value));
    return false;
}

/// "French:c1; Spanish:b2": language and level joined by a colon, entries by semicolons
/// (commas too, which a language name never holds).
QList<LanguageSkill> readLanguages(ImportRow& row, const QString& field, const QString& value)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    QList<LanguageSkill> skills;
    for (const QString& part : value.split(separators, Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty()) {
            continue;
        }
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        const auto level = colon < 0 ? std::nullopt : fromKey<LanguageLevel>(entry.mid(colon + 1).trimmed().toLower());
        if (!level) {
            addProblem(row, field,
                       ApplicationImport::tr("\"%1\" is not a language with its level; write each as "
                                             "\"French:c1\", separated by semicolons (levels: %2).")
                           .arg(entry, keyList<LanguageLevel>()));
            continue;
        }
        skills.append({entry.left(colon).trimmed(), *level});
    }
    return skills;
}

void setField(ImportRow& row, const QString& key, const QString& value)
{
    Candidate& c = row.candidate;
    if (key == QLatin1String("family_name")) {
        c.familyName = value;
    } else if (key == QLatin1String("given_names")) {
        c.givenNames = value;
    } else if (key == QLatin1String("gender")) {
        c.gender = readKey<Gender>(row, key, value).value_or(Gender::Undisclosed);
    } else if (key == QLatin1String("date_of_birth")) {
        c.dateOfBirth = readDate(row, key, value);
    } else if (key == QLatin1String("nationality")) {
        c.nationality = value;
    } else if (key == QLatin1String("administration")) {
        c.administration = value;
    } else if (key == QLatin1String("region")) {
        c.region = readKey<Region>(row, key, value);
    } else if (key == QLatin1String("position")) {
        c.position = value;
    } else if (key == QLatin1String("email")) {
        c.email = value;
    } else if (key == QLatin1String("phone")) {
        c.phone = value;
    } else if (key == QLatin1String("education")) {
        c.education = readKey<EducationLevel>(row, key, value);
    } else if (key == QLatin1String("years_in_customs")) {
        c.yearsInCustoms = readYears(row, key, value);
    } else if (key == QLatin1String("years_in_public_administration")) {
        c.yearsInPublicAdministration = readYears(row, key, value);
    } else if (key == QLatin1String("english_level")) {
        c.englishLevel = readKey<LanguageLevel>(row, key, value);
    } else if (key == QLatin1String("other_languages")) {
        c.otherLanguages = readLanguages(row, key, value);
    } else if (key == QLatin1String("ipr_experience")) {
        c.iprExperience = value;
    } else if (key == QLatin1String("consent_to_keep_data")) {
        c.consentToKeepData = readConsent(row, key, value);
    } else if (key == QLatin1String("application_date")) {
        c.applicationDate = readDate(row, key, value);
    }
}

bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

/// The report as the file's records arrive: the first names the columns, each later one
/// becomes a row at once, so that the report is all that an import of any size holds.
class ReportInProgress
{
public:
    ReportInProgress(ImportReport& report, const QString& sourceName)
        : m_report(report)
        , m_sourceName(sourceName)
    {
    }

    void take(const CsvRecord& record)
    {
        if (!m_headerRead) {
            m_headerRead = true;
            readHeader(record);
        } else if (m_refusal.ok()) {
            readRow(record);
        }
    }

    /// Whether the file held no record at all, not even a header.
    bool empty() const { return !m_headerRead; }
    /// Whether the header names the workshop column.
    bool seatsNamed() const { return m_indexOf.contains(QLatin1String(kSeatColumn)); }

    /// After the last record: the header's refusal, if any; else the nameless columns that
    /// held something join the unknown ones, where the header has them.
    Status finish()
    {
        if (!m_refusal.ok()) {
            return m_refusal;
        }
        qsizetype added = 0;
        for (const Nameless& column : std::as_const(m_nameless)) {
            if (column.holdsSomething) {
                m_report.unknownColumns.insert(
                    column.position + added,
                    ApplicationImport::tr("(column %1, which has no name)").arg(columnLetters(column.index)));
                ++added;
            }
        }
        return Status::success();
    }

private:
    /// A column without a name: it matters only when some row holds something in it.
    struct Nameless {
        int index = 0;
        qsizetype position = 0;  ///< where it goes among the unknown columns
        bool holdsSomething = false;
    };

    void readHeader(const CsvRecord& header)
    {
        m_columnCount = int(header.cells.size());
        if (header.cells.size() == 1 &&
            header.cells.constFirst().contains(QRegularExpression(QStringLiteral("[;\t]")))) {
            m_refusal = Status::failure(ErrorCode::Invalid,
                                        ApplicationImport::tr("The columns of \"%1\" are separated by semicolons or "
                                                              "tabs. Export it with commas between the columns; "
                                                              "nothing was imported.")
                                            .arg(m_sourceName));
            return;
        }
        QStringList known = ApplicationImport::columns();
        known.append(QLatin1String(kSeatColumn));
        const QStringList ignored = ApplicationImport::ignoredColumns();
        for (int i = 0; i < header.cells.size(); ++i) {
            const QString name = header.cells.at(i).trimmed();
            const QString key = name.toLower();
            if (known.contains(key)) {
                if (m_indexOf.contains(key)) {
                    m_refusal = Status::failure(
                        ErrorCode::Invalid,
                        ApplicationImport::tr("Column \"%1\" of \"%2\" appears twice, in columns %3 and %4; keep "
                                              "one of them. Nothing was imported.")
                            .arg(key, m_sourceName, columnLetters(m_indexOf.value(key)), columnLetters(i)));
                    return;
                }
                m_indexOf.insert(key, i);
                m_readColumns.append({key, i});
            } else if (ignored.contains(key)) {
                m_report.ignoredColumns.append(name);
            } else if (!name.isEmpty()) {
                m_report.unknownColumns.append(name);
            } else {
                m_nameless.append({i, m_report.unknownColumns.size(), false});
            }
        }
        for (const QString& key : ApplicationImport::requiredColumns()) {
            if (!m_indexOf.contains(key)) {
                m_report.missingColumns.append(key);
            }
        }
    }

    void readRow(const CsvRecord& record)
    {
        for (Nameless& column : m_nameless) {
            column.holdsSomething = column.holdsSomething || !record.cells.value(column.index).trimmed().isEmpty();
        }
        if (isBlank(record.cells)) {
            return;  // spreadsheets export empty rows below the data
        }
        ImportRow row;
        row.row = record.row;
        if (!isBlank(record.cells.mid(m_columnCount))) {
            addProblem(row, QString(),
                       ApplicationImport::tr("This row has more cells than the header names columns; give the extra "
                                             "column a name or move its content."));
        }
        for (const auto& [key, index] : std::as_const(m_readColumns)) {
            if (key == QLatin1String(kSeatColumn)) {
                row.workshopTitle = record.cells.value(index).trimmed();
            } else {
                setField(row, key, record.cells.value(index).trimmed());
            }
        }
        QSet<QString> unreadable;
        for (const ImportProblem& problem : std::as_const(row.problems)) {
            unreadable.insert(problem.field);
        }
        // A value that could not be read is reported once, not again as the rule it then breaks.
        const Validation validation = row.candidate.validate();
        for (const FieldProblem& problem : validation.problems()) {
            const QString field = columnKey(problem.field);
            if (!unreadable.contains(field)) {
                addProblem(row, field, problem.message);
            }
        }
        m_report.rows.append(std::move(row));
    }

    ImportReport& m_report;
    QString m_sourceName;
    bool m_headerRead = false;
    Status m_refusal = Status::success();
    int m_columnCount = 0;
    QList<QPair<QString, int>> m_readColumns;  // key, index: in the header's order
    QHash<QString, int> m_indexOf;
    QList<Nameless> m_nameless;
};

}  // namespace

QList<Candidate> ImportReport::importedCandidates() const
{
    QList<Candidate> candidates;
    for (const ImportRow& row : rows) {
        if (row.imported()) {
            candidates.append(row.candidate);
        }
    }
    return candidates;
}

QList<QUuid> ImportReport::importedSeats() const
{
    QList<QUuid> seats;
    for (const ImportRow& row : rows) {
        if (row.imported()) {
            seats.append(row.workshopId);
        }
    }
    return seats;
}

QList<QUuid> ImportReport::importedLinks() const
{
    QList<QUuid> links;
    for (const ImportRow& row : rows) {
        if (row.imported()) {
            links.append(row.possibleDuplicate && row.choice == DuplicateChoice::Link ? row.sameAsId : QUuid());
        }
    }
    return links;
}

int ImportReport::validRowCount() const
{
    return int(rows.size()) - invalidRowCount();
}

int ImportReport::invalidRowCount() const
{
    int count = 0;
    for (const ImportRow& row : rows) {
        count += row.ok() ? 0 : 1;
    }
    return count;
}

QList<int> ImportReport::skippedDuplicateRows() const
{
    QList<int> skipped;
    for (const ImportRow& row : rows) {
        if (row.ok() && row.possibleDuplicate && !row.imported()) {
            skipped.append(row.row);
        }
    }
    return skipped;
}

QList<int> ImportReport::importedDuplicateRows() const
{
    QList<int> imported;
    for (const ImportRow& row : rows) {
        if (row.possibleDuplicate && row.imported()) {
            imported.append(row.row);
        }
    }
    return imported;
}

void ImportReport::chooseForDuplicates(DuplicateChoice choice)
{
    for (ImportRow& row : rows) {
        if (row.possibleDuplicate) {
            row.choice = choice == DuplicateChoice::Link && row.sameAsId.isNull() ? DuplicateChoice::Import : choice;
        }
    }
}

QList<ImportProblem> ImportReport::problems() const
{
    QList<ImportProblem> all;
    for (const ImportRow& row : rows) {
        all.append(row.problems);
    }
    return all;
}

QStringList ApplicationImport::readField(Candidate& candidate, const QString& key, const QString& value)
{
    ImportRow row;
    row.candidate = candidate;
    setField(row, key, value);
    candidate = row.candidate;
    QStringList problems;
    for (const ImportProblem& problem : std::as_const(row.problems)) {
        problems.append(problem.message);
    }
    return problems;
}

QStringList ApplicationImport::columns()
{
    return keys(std::begin(kColumns), std::end(kColumns));
}

QStringList ApplicationImport::ignoredColumns()
{
    return keys(std::begin(kIgnored), std::end(kIgnored));
}

QStringList ApplicationImport::requiredColumns()
{
    // What an empty application lacks is what every row must bring; asking the rules
    // themselves keeps this list from drifting away from Candidate::validate().
    QStringList required;
    const Validation empty = Candidate().validate();
    for (const FieldProblem& problem : empty.problems()) {
        const QString key = columnKey(problem.field);
        if (!required.contains(key)) {
            required.append(key);
        }
    }
    return required;
}

Result<ImportReport> ApplicationImport::read(const QString& path, const Store* store)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile()) {
        return Result<ImportReport>::failure(
            ErrorCode::NotFound, tr("\"%1\" does not exist or is not a file; nothing was imported.").arg(shown));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<ImportReport>::failure(
            ErrorCode::Io, tr("\"%1\" cannot be read (%2); nothing was imported.").arg(shown, file.errorString()));
    }
    return readFrom(file, QFileInfo(path).fileName(), store);
}

Result<ImportReport> ApplicationImport::parse(const QByteArray& csv, const QString& sourceName, const Store* store)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return readFrom(buffer, sourceName, store);
}

Result<ImportReport> ApplicationImport::readFrom(QIODevice& device, const QString& sourceName, const Store* store)
{
    using R = Result<ImportReport>;
    if (device.peek(3) == QByteArrayView("\xEF\xBB\xBF")) {
        device.skip(3);
    }
    // libcsv splits bytes; checking the whole file first turns a Windows-1252 export into
    // one clear message instead of mangled names in every row.
    const auto utf8 = isUtf8(device, sourceName);
    if (!utf8.ok()) {
        return R(utf8.error());
    }
    if (!utf8.value()) {
        return R::failure(ErrorCode::Invalid, tr("\"%1\" is not UTF-8 text. Save it from the spreadsheet as \"CSV "
                                                 "UTF-8\" and import it again; nothing was imported.")
                                                  .arg(sourceName));
    }
    ImportReport report;
    report.sourceName = sourceName;
    ReportInProgress reading(report, sourceName);
    if (auto read = readRecords(device, sourceName, [&reading](const CsvRecord& record) { reading.take(record); });
        !read.ok()) {
        return R(read.error());
    }
    if (reading.empty()) {
        return R::failure(ErrorCode::Invalid, tr("\"%1\" is empty. Its first row must name the columns (see "
                                                 "\"Importing applications\" in the README); nothing was imported.")
                                                  .arg(sourceName));
    }
    if (auto finished = reading.finish(); !finished.ok()) {
        return R(finished.error());
    }

    if (reading.seatsNamed()) {
        if (auto seated = resolveSeats(report, store); !seated.ok()) {
            return R(seated.error());
        }
    }

    if (auto found = findDuplicates(report, store); !found.ok()) {
        return R(found.error());
    }
    return report;
}

Status ApplicationImport::resolveSeats(ImportReport& report, const Store* store)
{
    QList<WorkshopSeats> workshops;
    if (store) {
        const auto read = store->workshops().seats();
        if (!read.ok()) {
            return Status(read.error());
        }
        workshops = read.value();
    }
    for (ImportRow& row : report.rows) {
        if (row.workshopTitle.isEmpty()) {
            continue;
        }
        const QUuid id = QUuid::fromString(row.workshopTitle);
        QList<WorkshopSeats> matches;
        for (const WorkshopSeats& w : workshops) {
            const bool exact = w.title.compare(row.workshopTitle, Qt::CaseInsensitive) == 0;
            if ((!id.isNull() && w.id == id) || exact) {
                matches = {w};
                break;
            }
            if (id.isNull() && w.title.contains(row.workshopTitle, Qt::CaseInsensitive)) {
                matches.append(w);
            }
        }
        if (matches.size() != 1) {
            addProblem(row, QLatin1String(kSeatColumn),
                       matches.isEmpty()
                           ? tr("No workshop of the file is called \"%1\"; give its title as %2, "
                                "or leave the cell empty.")
                                 .arg(row.workshopTitle, FrontEnd::choose(tr("the Workshops area shows it"),
                                                                          tr("\"workshops FILE\" lists it")))
                           : tr("\"%1\" names several workshops; give the whole title.").arg(row.workshopTitle));
            continue;
        }
        const WorkshopSeats& w = matches.constFirst();
        row.workshopId = w.id;
    }
    return Status::success();
}

Status ApplicationImport::findDuplicates(ImportReport& report, const Store* store)
{
    // Duplicates are about what would be imported, so only valid rows are compared. Every
    // row and stored candidate is indexed by its keys (DuplicateCheck, the one judge of what
    // matches): a group is what shares one key, found in one pass whatever its size. 5,000
    // rows sharing a switchboard's phone were once 12.5 million pairwise warnings.
    struct Group {
        DuplicateCheck::KeyKind kind;
        QList<int> rows;  // indexes into report.rows
        QList<int> stored;  // indexes into `stored`
    };
    QList<Group> groups;
    QHash<QString, int> groupOf;
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        if (!report.rows.at(i).ok()) {
            continue;
        }
        for (const DuplicateCheck::Key& key : DuplicateCheck::keys(report.rows.at(i).candidate)) {
            const QString text = DuplicateCheck::indexText(key);
            auto found = groupOf.constFind(text);
            if (found == groupOf.constEnd()) {
                found = groupOf.insert(text, int(groups.size()));
                groups.append({key.kind, {}, {}});
            }
            groups[found.value()].rows.append(int(i));
        }
    }
    QList<Candidate> stored;
    if (store && !groups.isEmpty()) {
        auto all = store->candidates().all();  // archived ones too: a returning applicant is the same person
        if (!all.ok()) {
            return Status(all.error());
        }
        stored = std::move(all).value();
        for (qsizetype j = 0; j < stored.size(); ++j) {
            for (const DuplicateCheck::Key& key : DuplicateCheck::keys(stored.at(j))) {
                if (const auto found = groupOf.constFind(DuplicateCheck::indexText(key)); found != groupOf.constEnd()) {
                    groups[found.value()].stored.append(int(j));
                }
            }
        }
    }

    // The same rows sharing an e-mail, a phone and a birth date are one warning with three
    // reasons, not three warnings (as a file imported twice would otherwise give).
    QHash<QString, int> merged;  // a group's members, as text -> its index in report.duplicates
    for (const Group& group : groups) {
        if (group.rows.size() + group.stored.size() < 2) {
            continue;
        }
        QStringList members;
        for (const int i : group.rows) {
            members.append(QString::number(i));
        }
        members.append(QStringLiteral("|"));
        for (const int j : group.stored) {
            members.append(QString::number(j));
        }
        const QString signature = members.join(QLatin1Char(','));
        if (const auto found = merged.constFind(signature); found != merged.constEnd()) {
            report.duplicates[found.value()].reasons.append(DuplicateCheck::reason(group.kind));
        } else {
            ImportDuplicateGroup shown;
            shown.reasons.append(DuplicateCheck::reason(group.kind));
            for (const int i : group.rows) {
                shown.rows.append(report.rows.at(i).row);
                shown.rowNames.append(report.rows.at(i).candidate.displayName());
            }
            for (const int j : group.stored) {
                shown.storedIds.append(stored.at(j).meta.id);
                shown.storedNames.append(stored.at(j).displayName());
            }
            merged.insert(signature, int(report.duplicates.size()));
            report.duplicates.append(shown);
        }
        // The first row of a group with nobody stored is the one the others may repeat.
        for (qsizetype k = 0; k < group.rows.size(); ++k) {
            if (k == 0 && group.stored.isEmpty()) {
                continue;
            }
            ImportRow& row = report.rows[group.rows.at(k)];
            row.possibleDuplicate = true;
            if (row.sameAsId.isNull() && !group.stored.isEmpty()) {
                row.sameAsId = stored.at(group.stored.constFirst()).meta.id;
                row.sameAsName = stored.at(group.stored.constFirst()).displayName();
            }
            if (row.sameAsRow == 0 && k > 0) {
                row.sameAsRow = report.rows.at(group.rows.constFirst()).row;
            }
        }
    }
    std::stable_sort(report.duplicates.begin(), report.duplicates.end(),
                     [](const ImportDuplicateGroup& a, const ImportDuplicateGroup& b) {
                         return a.rows.constFirst() < b.rows.constFirst();
                     });
    return Status::success();
}

QString ApplicationImport::rowRanges(const QList<int>& rows)
{
    QStringList parts;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1) {
            ++j;
        }
        parts.append(j == i ? QString::number(rows.at(i))
                            : QString::number(rows.at(i)) + QChar(0x2013) + QString::number(rows.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString ApplicationImport::describe(const ImportDuplicateGroup& group)
{
    // Up to ten rows by number and name; more as ranges, so that a group of thousands is
    // one line the user can read.
    constexpr int kNamed = 10;
    const auto named = [](const QList<int>& rows, const QStringList& names) {
        QStringList parts;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            parts.append(tr("%1 (%2)").arg(QString::number(rows.at(i)), names.value(i)));
        }
        return parts.join(QStringLiteral(", "));
    };
    const QString why = group.reasons.join(QStringLiteral(", "));
    const int count = int(group.rows.size());
    if (group.storedIds.isEmpty() && count == 2) {
        return tr("row %1 may be the same person as row %2: %3")
            .arg(named(group.rows.mid(1), group.rowNames.mid(1)), named(group.rows.mid(0, 1), group.rowNames), why);
    }
    QString rows;
    if (count == 1) {
        rows = tr("row %1").arg(named(group.rows, group.rowNames));
    } else if (count <= kNamed) {
        rows = tr("rows %1").arg(named(group.rows, group.rowNames));
    } else {
        rows = tr("rows %1 (%n rows)", nullptr, count).arg(rowRanges(group.rows));
    }
    if (group.storedIds.isEmpty()) {
        return tr("%1 may be the same person: %2").arg(rows, why);
    }
    const int storedCount = int(group.storedIds.size());
    const QString others = storedCount <= kNamed
                               ? tr("%1, already in the file").arg(group.storedNames.join(QStringLiteral("; ")))
                               : tr("%n candidate(s) already in the file", nullptr, storedCount);
    return tr("%1 may be the same person as %2: %3").arg(rows, others, why);
}

Status ApplicationImport::importable(const ImportReport& report, bool skipInvalid)
{
    const int invalid = report.invalidRowCount();
    const int valid = int(report.rows.size()) - invalid;
    if (invalid > 0 && !skipInvalid) {
        return Status::failure(ErrorCode::Invalid,
                               tr("Rows of \"%1\" with problems: %2; valid rows: %3. Nothing was imported: correct "
                                  "those rows, or skip them to import the valid ones.")
                                   .arg(report.sourceName, QString::number(invalid), QString::number(valid)));
    }
    if (valid > 0 &&
        std::none_of(report.rows.cbegin(), report.rows.cend(), [](const ImportRow& row) { return row.imported(); })) {
        return Status::failure(ErrorCode::Invalid,
                               tr("Every valid row of \"%1\" may be someone already in the file or an earlier row, "
                                  "and is skipped (rows %2); nothing was imported. To import them all the same, run "
                                  "import again with --duplicates import, or choose Import for those rows in the "
                                  "import window.")
                                   .arg(report.sourceName, rowRanges(report.skippedDuplicateRows())));
    }
    if (valid == 0) {
        return Status::failure(
            ErrorCode::Invalid,
            tr("\"%1\" holds no application that can be imported; nothing was imported.").arg(report.sourceName));
    }
    return Status::success();
}

namespace {

/// The rows apply() adds, read in the report itself: copying them into lists for the store
/// held every imported candidate once more.
class ReportedApplications final : public NewApplications
{
public:
    explicit ReportedApplications(const ImportReport& report)
        : m_report(report)
    {
    }

    Status forEach(const Visit& visit) const override
    {
        for (const ImportRow& row : m_report.rows) {
            if (!row.imported()) {
                continue;
            }
            const QUuid link = row.possibleDuplicate && row.choice == DuplicateChoice::Link ? row.sameAsId : QUuid();
            if (auto visited = visit(row.candidate, row.workshopId, link); !visited.ok()) {
                return visited;
            }
        }
        return Status::success();
    }

private:
    const ImportReport& m_report;
};

}  // namespace

Result<QList<QUuid>> ApplicationImport::apply(Store& store, const ImportReport& report, bool skipInvalid)
{
    if (auto allowed = importable(report, skipInvalid); !allowed.ok()) {
        return Result<QList<QUuid>>(allowed.error());
    }
    return store.candidates().addAll(ReportedApplications(report), report.sourceName);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/Schema.h"

#include "domain/Candidate.h"
#include "store/internal/SearchIndex.h"
#include "store/internal/SqlError.h"

#include <QSqlError>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString checkIn(const char* column, const QStringList& keys, bool nullable = false)
{
    QStringList quoted;
    for (const auto& key : keys) {
        quoted.append(QLatin1Char('\'') + key + QLatin1Char('\''));
    }
    const QString list =
        QLatin1String(column) + QStringLiteral(" IN (") + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
    return nullable
               ? QStringLiteral("(") + QLatin1String(column) + QStringLiteral(" IS NULL OR ") + list + QLatin1Char(')')
               : list;
}

// The value lists are spelled out, not generated from Vocabulary: a schema step must
// never change once released, even when a later build adds a stage.
const QStringList kStages = {
    QStringLiteral("applied"),         QStringLiteral("selected"),         QStringLiteral("waitlisted"),
    QStringLiteral("not_selected"),    QStringLiteral("confirmed"),        QStringLiteral("workshop_passed"),
    QStringLiteral("workshop_failed"), QStringLiteral("accredited"),       QStringLiteral("not_accredited"),
    QStringLiteral("withdrawn"),       QStringLiteral("commitment_ended"), QStringLiteral("retired")};
const QStringList kRegions = {QStringLiteral("east_southern_africa"),
                              QStringLiteral("west_central_africa"),
                              QStringLiteral("north_africa_middle_east"),
                              QStringLiteral("europe"),
                              QStringLiteral("asia_pacific"),
                              QStringLiteral("americas_caribbean")};
const QStringList kLevels = {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1"),    QStringLiteral("b2"),
                             QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("native")};

const char* const kRecordColumns = "row_version INTEGER NOT NULL CHECK (row_version >= 1), "
                                   "modified_at TEXT NOT NULL, modified_by TEXT NOT NULL";

QStringList version1()
{
    const QString record = QLatin1String(kRecordColumns);
    return {
        QStringLiteral("CREATE TABLE file_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT"),
        QStringLiteral(
            "CREATE TABLE competence_profile (id TEXT PRIMARY KEY, "
            "version INTEGER NOT NULL UNIQUE CHECK (version >= 1), "
            "title TEXT NOT NULL CHECK (length(trim(title)) > 0), adopted_on TEXT, "
            "counted_threshold_percent INTEGER NOT NULL CHECK (counted_threshold_percent BETWEEN 1 AND 99), ") +
            record + QStringLiteral(") STRICT"),
        QStringLiteral("CREATE TABLE criterion_group (profile_id TEXT NOT NULL REFERENCES competence_profile(id) "
                       "ON DELETE CASCADE, position INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, "
                       "PRIMARY KEY (profile_id, key)) STRICT"),
        QStringLiteral("CREATE TABLE criterion (profile_id TEXT NOT NULL, group_key TEXT NOT NULL, "
                       "position INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, "
                       "kind TEXT NOT NULL CHECK (kind IN ('hard','counted','advantage')), "
                       "PRIMARY KEY (profile_id, key), FOREIGN KEY (profile_id, group_key) "
                       "REFERENCES criterion_group(profile_id, key) ON DELETE CASCADE) STRICT"),
        QStringLiteral("CREATE TABLE candidate (id TEXT PRIMARY KEY, "
                       "family_name TEXT NOT NULL CHECK (length(trim(family_name)) > 0), "
                       "given_names TEXT NOT NULL, "
                       "gender TEXT NOT NULL CHECK (gender IN ('female','male','other','undisclosed')), "
                       "date_of_birth TEXT, nationality TEXT NOT NULL, administration TEXT NOT NULL, "
                       "region TEXT NOT NULL CHECK (") +
            checkIn("region", kRegions) +
            QStringLiteral("), "
                           "position TEXT NOT NULL, email TEXT NOT NULL, phone TEXT NOT NULL, "
                           "education TEXT CHECK (education IS NULL OR education IN "
                           "('secondary','post_secondary','bachelor','master','doctorate')), "
                           "years_in_customs INTEGER NOT NULL CHECK (years_in_customs BETWEEN 0 AND 60), "
                           "years_in_public_administration INTEGER NOT NULL "
                           "CHECK (years_in_public_administration BETWEEN 0 AND 60), "
                           "english_level TEXT CHECK ") +
            checkIn("english_level", kLevels, true) +
            QStringLiteral(", "
                           "ipr_experience TEXT NOT NULL, "
                           "consent_to_keep_data INTEGER NOT NULL CHECK (consent_to_keep_data IN (0, 1)), "
                           "application_date TEXT NOT NULL, "
                           "stage TEXT NOT NULL CHECK (") +
            checkIn("stage", kStages) + QStringLiteral("), ") + record + QStringLiteral(") STRICT"),
        QStringLiteral("CREATE TABLE candidate_language (candidate_id TEXT NOT NULL REFERENCES candidate(id) "
                       "ON DELETE CASCADE, position INTEGER NOT NULL, language TEXT NOT NULL, "
                       "level TEXT NOT NULL CHECK (") +
            checkIn("level", kLevels) +
            QStringLiteral("), "
                           "PRIMARY KEY (candidate_id, position)) STRICT"),
        QStringLiteral("CREATE TABLE document (sha256 TEXT PRIMARY KEY, "
                       "size INTEGER NOT NULL CHECK (size > 0 AND size <= 25000000), "
                       "content BLOB NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE attachment (id TEXT PRIMARY KEY, "
                       "candidate_id TEXT NOT NULL REFERENCES candidate(id), "
                       "kind TEXT NOT NULL CHECK (kind IN ('cv','application_form','other')), "
                       "file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0), media_type TEXT NOT NULL, "
                       "sha256 TEXT NOT NULL REFERENCES document(sha256), added_at TEXT NOT NULL, ") +
            record + QStringLiteral(", UNIQUE (candidate_id, sha256)) STRICT"),
        QStringLiteral(
            "CREATE TABLE workshop (id TEXT PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0), "
            "region TEXT CHECK ") +
            checkIn("region", kRegions, true) +
            QStringLiteral(", "
                           "venue TEXT NOT NULL, start_date TEXT NOT NULL, "
                           "days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 14), "
                           "capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 10), "
                           "assessors TEXT NOT NULL, ") +
            record + QStringLiteral(") STRICT"),
        QStringLiteral(
            "CREATE TABLE activity (id TEXT PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0), "
            "kind TEXT NOT NULL CHECK (kind IN "
            "('capacity_building','technical_assistance','operation','stage3_assessment')), "
            "mode TEXT NOT NULL CHECK (mode IN ('on_site','online')), "
            "country TEXT NOT NULL, city TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, "
            "requesting_administration TEXT NOT NULL, language TEXT NOT NULL, ") +
            record +
            QStringLiteral(", CHECK (end_date >= start_date), "
                           "CHECK (mode = 'online' OR length(trim(country)) > 0)) STRICT"),
        QStringLiteral("CREATE TABLE stage_decision (id TEXT PRIMARY KEY, "
                       "candidate_id TEXT NOT NULL REFERENCES candidate(id), "
                       "workshop_id TEXT REFERENCES workshop(id), "
                       "from_stage TEXT NOT NULL CHECK (") +
            checkIn("from_stage", kStages) +
            QStringLiteral("), "
                           "to_stage TEXT NOT NULL CHECK (") +
            checkIn("to_stage", kStages) +
            QStringLiteral(
                "), "
                "decided_by TEXT NOT NULL CHECK (length(trim(decided_by)) > 0), decided_at TEXT NOT NULL, "
                "reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), informed_on TEXT, "
                "informed_by TEXT CHECK (informed_by IS NULL OR informed_by IN ('letter','email','in_person')), ") +
            record +
            QStringLiteral(", CHECK ((informed_on IS NULL) = (informed_by IS NULL)), "
                           "CHECK (from_stage <> to_stage)) STRICT"),
        QStringLiteral("CREATE INDEX candidate_by_name ON candidate (family_name, given_names)"),
        QStringLiteral("CREATE INDEX attachment_by_candidate ON attachment (candidate_id)"),
        QStringLiteral("CREATE INDEX decision_by_candidate ON stage_decision (candidate_id, decided_at)"),
        QStringLiteral("CREATE INDEX decision_by_workshop ON stage_decision (workshop_id)"),
    };
}

// Version 2: the audit trail. Every committed change leaves one entry, chained by
// SHA-256 so that an edited or deleted entry is found by `check`.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
                       "action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, subject_id TEXT NOT NULL, "
                       "old_value TEXT NOT NULL, new_value TEXT NOT NULL, "
                       "prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE) STRICT"),
        QStringLiteral("CREATE INDEX audit_by_subject ON audit_log (subject_id, seq)"),
    };
}

// Version 3: the shared file. People with roles, the editing lease, reviewers' scores and
// the review files imported, and a folded copy of the searchable text of candidates
// (SQLite's LIKE folds ASCII only).
QStringList version3()
{
    const QString record = QLatin1String(kRecordColumns);
    return {
        QStringLiteral("CREATE TABLE person (id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
                       "account TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(account)) > 0), "
                       "role TEXT NOT NULL CHECK (role IN ('officer','reviewer','observer')), "
                       "administration TEXT NOT NULL, email TEXT NOT NULL, ") +
            record + QStringLiteral(") STRICT"),
        QStringLiteral("CREATE TABLE editing_lease (slot INTEGER PRIMARY KEY CHECK (slot = 1), "
                       "person TEXT NOT NULL, machine TEXT NOT NULL, session TEXT NOT NULL, "
                       "since TEXT NOT NULL, heartbeat TEXT NOT NULL, "
                       "sessions INTEGER NOT NULL CHECK (sessions >= 1)) STRICT"),
        QStringLiteral("CREATE TABLE score (id TEXT PRIMARY KEY, reviewer_id TEXT NOT NULL REFERENCES person(id), "
                       "candidate_id TEXT NOT NULL REFERENCES candidate(id), criterion_key TEXT NOT NULL, "
                       "profile_version INTEGER NOT NULL, "
                       "rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 4), "
                       "comment TEXT NOT NULL, evidence TEXT NOT NULL, submitted_at TEXT, updated_at TEXT NOT NULL, ") +
            record + QStringLiteral(", UNIQUE (reviewer_id, candidate_id, criterion_key)) STRICT"),
        QStringLiteral("CREATE TABLE review_import (review_file_id TEXT PRIMARY KEY, "
                       "reviewer_id TEXT NOT NULL REFERENCES person(id), imported_at TEXT NOT NULL, "
                       "scores INTEGER NOT NULL) STRICT"),
        QStringLiteral("ALTER TABLE candidate ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX score_by_candidate ON score (candidate_id)"),
    };
}

// Version 4: the register. Candidate records linked as the same person (never merged),
// archiving that keeps a record recoverable, and erasure of personal data for good.
QStringList version4()
{
    return {
        QStringLiteral("CREATE TABLE candidate_link (candidate_id TEXT NOT NULL REFERENCES candidate(id), "
                       "other_id TEXT NOT NULL REFERENCES candidate(id), linked_at TEXT NOT NULL, "
                       "linked_by TEXT NOT NULL, PRIMARY KEY (candidate_id, other_id), "
                       "CHECK (candidate_id < other_id)) STRICT"),
        QStringLiteral("ALTER TABLE candidate ADD COLUMN archived_at TEXT"),
        QStringLiteral("ALTER TABLE candidate ADD COLUMN erased_at TEXT"),
    };
}

// Version 5: the pipeline's rules. Seats in workshops, the Stage 1 screening and the
// availability commitment that selection and confirmation need, decisions that override a
// screening, take effect on a date or reverse an earlier one, and the closing of each step
// of a workshop's round (kept as events, never rewritten).
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE enrolment (candidate_id TEXT PRIMARY KEY REFERENCES candidate(id), "
                       "workshop_id TEXT NOT NULL REFERENCES workshop(id), enrolled_at TEXT NOT NULL, "
                       "enrolled_by TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE INDEX enrolment_by_workshop ON enrolment (workshop_id)"),
        QStringLiteral("CREATE TABLE screening (candidate_id TEXT PRIMARY KEY REFERENCES candidate(id), "
                       "hard_met INTEGER NOT NULL CHECK (hard_met IN (0, 1)), counted_met INTEGER NOT NULL, "
                       "counted_total INTEGER NOT NULL CHECK (counted_total >= 1), note TEXT NOT NULL, "
                       "recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, "
                       "CHECK (counted_met BETWEEN 0 AND counted_total)) STRICT"),
        QStringLiteral("CREATE TABLE availability_commitment (candidate_id TEXT PRIMARY KEY REFERENCES candidate(id), "
                       "given_on TEXT NOT NULL, how TEXT NOT NULL CHECK (length(trim(how)) > 0), "
                       "recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE step_closure (seq INTEGER PRIMARY KEY, "
                       "workshop_id TEXT NOT NULL REFERENCES workshop(id), "
                       "step TEXT NOT NULL CHECK (step IN ('selection','workshop','field_assessment')), "
                       "closed INTEGER NOT NULL CHECK (closed IN (0, 1)), happened_at TEXT NOT NULL, "
                       "person TEXT NOT NULL, reason TEXT NOT NULL, "
                       "uninformed INTEGER NOT NULL CHECK (uninformed >= 0)) STRICT"),
        QStringLiteral("CREATE INDEX step_closure_by_workshop ON step_closure (workshop_id, step, seq)"),
        QStringLiteral("ALTER TABLE stage_decision ADD COLUMN override_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE stage_decision ADD COLUMN effective_on TEXT"),
        QStringLiteral("ALTER TABLE stage_decision ADD COLUMN reverses_id TEXT REFERENCES stage_decision(id)"),
    };
}

// Version 6: the accredited pool. Who took part in an activity in which role (time beyond
// the commitment only as a flagged voluntary extra with its reason), the periods advisors
// declare themselves unavailable, activity topics, and how part weeks count, recorded in
// the file so that it keeps its rule if a later version changes the default.
QStringList version6()
{
    const QString record = QLatin1String(kRecordColumns);
    return {
        QStringLiteral("CREATE TABLE activity_participant (activity_id TEXT NOT NULL REFERENCES activity(id) "
                       "ON DELETE CASCADE, candidate_id TEXT NOT NULL REFERENCES candidate(id), "
                       "position INTEGER NOT NULL, "
                       "role TEXT NOT NULL CHECK (role IN ('lead','co_facilitator','stage3_candidate')), "
                       "voluntary_extra INTEGER NOT NULL CHECK (voluntary_extra IN (0, 1)), "
                       "extra_reason TEXT NOT NULL, PRIMARY KEY (activity_id, candidate_id), "
                       "CHECK (voluntary_extra = 0 OR length(trim(extra_reason)) > 0)) STRICT"),
        QStringLiteral("CREATE INDEX participant_by_candidate ON activity_participant (candidate_id)"),
        QStringLiteral("CREATE TABLE unavailability (id TEXT PRIMARY KEY, "
                       "candidate_id TEXT NOT NULL REFERENCES candidate(id), from_date TEXT NOT NULL, "
                       "to_date TEXT NOT NULL, reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), ") +
            record + QStringLiteral(", CHECK (to_date >= from_date)) STRICT"),
        QStringLiteral("CREATE INDEX unavailability_by_candidate ON unavailability (candidate_id, from_date)"),
        QStringLiteral("ALTER TABLE activity ADD COLUMN topics TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("INSERT OR IGNORE INTO file_info (key, value) VALUES ('week_counting', 'working_days')"),
    };
}

// Version 7: full-text search over the candidates' fields and their documents' text
// (SearchIndex.h says what a row holds). The text is derived from the documents, so it is
// kept once per document, and document_text records what reading each document gave, so
// that no document is read twice. Accents and case are ignored by the tokenizer.
QStringList version7()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(owner UNINDEXED, place UNINDEXED, body, "
                       "tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TABLE document_text (sha256 TEXT PRIMARY KEY REFERENCES document(sha256) "
                       "ON DELETE CASCADE, "
                       "outcome TEXT NOT NULL CHECK (outcome IN ('text','no_text_layer','unsupported','failed')), "
                       "detail TEXT NOT NULL, extracted_at TEXT NOT NULL, "
                       "extractor_version INTEGER NOT NULL CHECK (extractor_version >= 1)) STRICT"),
        // A document's row in the index finds the candidates who attached it.
        QStringLiteral("CREATE INDEX attachment_by_document ON attachment (sha256)"),
    };
}

// Version 8: assessment. The profile's rating scale with the words of each level, each
// workshop's own criteria, reviewers assigned to candidates (with the officer's reason when
// assigned despite a conflict of interest), the conflicts reviewers declared, and the
// officer's consensus per criterion and outcome per step, kept apart from the reviewers'
// scores. Existing profiles get the default scale and existing workshops the default
// criteria, in the words of this version.
QStringList version8()
{
    const QStringList levels = {
        QStringLiteral(
            "(0, 'Not demonstrated', 'No evidence of the competence in the application or the assessment.')"),
        QStringLiteral("(1, 'Partly', 'Some evidence, but short of what the criterion asks.')"),
        QStringLiteral("(2, 'Meets', 'Clear evidence that the candidate meets the criterion.')"),
        QStringLiteral("(3, 'Exceeds', 'Evidence beyond what the criterion asks, in more than one setting.')"),
        QStringLiteral("(4, 'Outstanding', 'Exceptional evidence; the candidate could teach this to others.')")};
    QStringList statements = {
        QStringLiteral("CREATE TABLE scale_level (profile_id TEXT NOT NULL REFERENCES competence_profile(id) "
                       "ON DELETE CASCADE, rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4), "
                       "label TEXT NOT NULL CHECK (length(trim(label)) > 0), descriptor TEXT NOT NULL, "
                       "PRIMARY KEY (profile_id, rating)) STRICT"),
        QStringLiteral("CREATE TABLE workshop_criterion (workshop_id TEXT NOT NULL REFERENCES workshop(id) "
                       "ON DELETE CASCADE, position INTEGER NOT NULL, "
                       "key TEXT NOT NULL CHECK (length(trim(key)) > 0 AND instr(key, ':') = 0), "
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0), PRIMARY KEY (workshop_id, key)) STRICT"),
        QStringLiteral("CREATE TABLE reviewer_assignment (candidate_id TEXT NOT NULL REFERENCES candidate(id), "
                       "reviewer_id TEXT NOT NULL REFERENCES person(id), conflict_reason TEXT NOT NULL, "
                       "assigned_at TEXT NOT NULL, assigned_by TEXT NOT NULL, "
                       "PRIMARY KEY (candidate_id, reviewer_id)) STRICT"),
        QStringLiteral("CREATE INDEX assignment_by_reviewer ON reviewer_assignment (reviewer_id)"),
        QStringLiteral("CREATE TABLE conflict_declaration (candidate_id TEXT NOT NULL REFERENCES candidate(id), "
                       "reviewer_id TEXT NOT NULL REFERENCES person(id), "
                       "reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), declared_at TEXT NOT NULL, "
                       "imported_at TEXT NOT NULL, PRIMARY KEY (candidate_id, reviewer_id)) STRICT"),
        QStringLiteral("CREATE TABLE consensus (candidate_id TEXT NOT NULL REFERENCES candidate(id), "
                       "criterion_key TEXT NOT NULL, profile_version INTEGER NOT NULL, "
                       "rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4), comment TEXT NOT NULL, "
                       "recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, "
                       "PRIMARY KEY (candidate_id, criterion_key)) STRICT"),
        QStringLiteral(
            "CREATE TABLE assessment_outcome (candidate_id TEXT NOT NULL REFERENCES candidate(id), "
            "step TEXT NOT NULL CHECK (step IN ('selection','workshop','field_assessment')), "
            "passed INTEGER NOT NULL CHECK (passed IN (0, 1)), note TEXT NOT NULL, "
            "recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, PRIMARY KEY (candidate_id, step)) STRICT"),
        QStringLiteral("ALTER TABLE screening ADD COLUMN override_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("INSERT INTO workshop_criterion (workshop_id, position, key, name) "
                       "SELECT id, 0, 'discussions', 'Participation in discussions' FROM workshop"),
        QStringLiteral("INSERT INTO workshop_criterion (workshop_id, position, key, name) "
                       "SELECT id, 1, 'group_activities', 'Group activities' FROM workshop"),
        QStringLiteral("INSERT INTO workshop_criterion (workshop_id, position, key, name) "
                       "SELECT id, 2, 'presentations', 'Presentations' FROM workshop"),
    };
    for (const QString& level : levels) {
        statements.append(QStringLiteral("INSERT INTO scale_level (profile_id, rating, label, descriptor) "
                                         "SELECT p.id, l.column1, l.column2, l.column3 FROM competence_profile p, "
                                         "(VALUES ") +
                          level + QStringLiteral(") l"));
    }
    return statements;
}

// Version 9: the result letters' texts as the officer edited them, one per decision and
// language; a decision and language without a row reads the text built into the
// application (LetterTemplate::builtIn), so a new build's better wording reaches files
// whose officer never changed it.
QStringList version9()
{
    const QString record = QLatin1String(kRecordColumns);
    return {
        QStringLiteral("CREATE TABLE letter_template (id TEXT PRIMARY KEY, "
                       "decision TEXT NOT NULL CHECK (decision IN ('selected','waitlisted','not_selected',"
                       "'workshop_passed','workshop_failed','accredited','not_accredited')), "
                       "language TEXT NOT NULL CHECK (length(language) = 2 AND language GLOB '[a-z][a-z]'), "
                       "subject TEXT NOT NULL CHECK (length(trim(subject)) > 0), "
                       "body TEXT NOT NULL CHECK (length(trim(body)) > 0), ") +
            record + QStringLiteral(", UNIQUE (decision, language)) STRICT"),
    };
}

// Version 10: which candidates each row of the full-text index belongs to. Finding that from
// the index itself meant reading its content table (a row holding a whole CV) and the
// attachments for every row a word matched; a broad search matches 22,000 rows. A field's
// row belongs to its candidate (SearchIndex writes it), a document's row to everyone who
// attached the document: document_text keeps the row's number, and the triggers follow the
// attachments, so no path that attaches or removes a document can forget it.
QStringList version10()
{
    return {
        QStringLiteral("CREATE TABLE search_row (row INTEGER NOT NULL, "
                       "candidate_id TEXT NOT NULL REFERENCES candidate(id), "
                       "PRIMARY KEY (row, candidate_id)) STRICT, WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX search_row_by_candidate ON search_row (candidate_id)"),
        QStringLiteral("ALTER TABLE document_text ADD COLUMN search_row INTEGER"),
        QStringLiteral("UPDATE document_text SET search_row = s.rowid FROM search_index s "
                       "WHERE s.place = 'document' AND s.owner = document_text.sha256"),
        QStringLiteral("INSERT INTO search_row (row, candidate_id) SELECT s.rowid, s.owner FROM search_index s "
                       "JOIN candidate c ON c.id = s.owner WHERE s.place <> 'document'"),
        QStringLiteral("INSERT OR IGNORE INTO search_row (row, candidate_id) SELECT t.search_row, a.candidate_id "
                       "FROM document_text t JOIN attachment a ON a.sha256 = t.sha256 WHERE t.search_row IS NOT NULL"),
        QStringLiteral("CREATE TRIGGER attachment_found_by_search AFTER INSERT ON attachment BEGIN "
                       "INSERT OR IGNORE INTO search_row (row, candidate_id) SELECT t.search_row, NEW.candidate_id "
                       "FROM document_text t WHERE t.sha256 = NEW.sha256 AND t.search_row IS NOT NULL; END"),
        QStringLiteral("CREATE TRIGGER attachment_not_found_by_search AFTER DELETE ON attachment BEGIN "
                       "DELETE FROM search_row WHERE candidate_id = OLD.candidate_id AND row IN "
                       "(SELECT t.search_row FROM document_text t WHERE t.sha256 = OLD.sha256); END"),
        QStringLiteral("CREATE TRIGGER attachment_moved_in_search AFTER UPDATE OF candidate_id, sha256 ON attachment "
                       "BEGIN "
                       "DELETE FROM search_row WHERE candidate_id = OLD.candidate_id AND row IN "
                       "(SELECT t.search_row FROM document_text t WHERE t.sha256 = OLD.sha256); "
                       "INSERT OR IGNORE INTO search_row (row, candidate_id) SELECT t.search_row, NEW.candidate_id "
                       "FROM document_text t WHERE t.sha256 = NEW.sha256 AND t.search_row IS NOT NULL; END"),
    };
}

// Version 11: what a reviewer looks for under each of a workshop's own criteria, which the
// officer now edits in the window and the CLI; the built-in criteria start without one.
QStringList version11()
{
    return {
        QStringLiteral("ALTER TABLE workshop_criterion ADD COLUMN description TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 12: the records' seals (RecordSeal.h). Each record's seal, and in every audit
// entry the values' digests (so that erasure redacts values without rewriting the chain)
// and the state of all seals after the change.
QStringList version12()
{
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN old_digest TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN new_digest TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN state TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE record_seal (tbl TEXT NOT NULL, key TEXT NOT NULL, digest TEXT NOT NULL, "
                       "PRIMARY KEY (tbl, key)) STRICT, WITHOUT ROWID"),
    };
}

// Version 13: assessment rounds and applications. First the rounds, one per step ("selection" = Stage 1, "workshop" = Stage 2,
// "field_assessment" = Stage 3, the words of assessment_outcome.step). A score, an
// assignment and a consensus name their round, and their keys include it: a profile
// criterion is rated on the application in Stage 1 and again as observed in Stage 2 or 3.
// The upgrade reads each existing row's round from its criterion: a workshop's own
// criterion ("workshop:KEY") to Stage 2, an activity appraisal ("activity:ID") to Stage 3,
// a profile criterion to Stage 1 (before rounds, it was scored on the application for the
// selection). An assignment covered the whole form, so it becomes one per round: the
// reviewer keeps every item they could score. Conflicts of interest stay per candidate
// (a reviewer who cannot judge someone fairly cannot in any round). The statements are
// written out here, never made by today's code, so the step stays as it was released.
//
// Then applications. An application names the workshop (the call) a candidate
// answers, without a seat: 25 applicants can compete for 10 seats, and the seat
// (enrolment) comes with selection. Files of format 12 keep their round: a candidate
// holding a seat has applied to that workshop; one without a seat, to the workshop their
// latest decision named (a waitlisted or not selected applicant).
QStringList version13()
{
    const QString roundOf =
        QStringLiteral("CASE WHEN substr(criterion_key, 1, 9) = 'workshop:' THEN 'workshop' "
                       "WHEN substr(criterion_key, 1, 9) = 'activity:' THEN 'field_assessment' ELSE 'selection' END");
    const QString roundColumn =
        QStringLiteral("round TEXT NOT NULL CHECK (round IN ('selection','workshop','field_assessment'))");
    return {
        QStringLiteral("CREATE TABLE score_in_round (id TEXT PRIMARY KEY, "
                       "reviewer_id TEXT NOT NULL REFERENCES person(id), "
                       "candidate_id TEXT NOT NULL REFERENCES candidate(id), ") +
            roundColumn +
            QStringLiteral(", criterion_key TEXT NOT NULL, profile_version INTEGER NOT NULL, "
                           "rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 4), "
                           "comment TEXT NOT NULL, evidence TEXT NOT NULL, submitted_at TEXT, "
                           "updated_at TEXT NOT NULL, row_version INTEGER NOT NULL CHECK (row_version >= 1), "
                           "modified_at TEXT NOT NULL, modified_by TEXT NOT NULL, "
                           "UNIQUE (reviewer_id, candidate_id, round, criterion_key)) STRICT"),
        QStringLiteral("INSERT INTO score_in_round (id, reviewer_id, candidate_id, round, criterion_key, "
                       "profile_version, rating, comment, evidence, submitted_at, updated_at, row_version, "
                       "modified_at, modified_by) SELECT id, reviewer_id, candidate_id, ") +
            roundOf +
            QStringLiteral(", criterion_key, profile_version, rating, comment, evidence, submitted_at, updated_at, "
                           "row_version, modified_at, modified_by FROM score"),
        QStringLiteral("DROP TABLE score"),
        QStringLiteral("ALTER TABLE score_in_round RENAME TO score"),
        QStringLiteral("CREATE INDEX score_by_candidate ON score (candidate_id)"),
        QStringLiteral("CREATE TABLE assignment_in_round (candidate_id TEXT NOT NULL REFERENCES candidate(id), "
                       "reviewer_id TEXT NOT NULL REFERENCES person(id), ") +
            roundColumn +
            QStringLiteral(", conflict_reason TEXT NOT NULL, assigned_at TEXT NOT NULL, assigned_by TEXT NOT NULL, "
                           "PRIMARY KEY (candidate_id, reviewer_id, round)) STRICT"),
        QStringLiteral("INSERT INTO assignment_in_round (candidate_id, reviewer_id, round, conflict_reason, "
                       "assigned_at, assigned_by) SELECT a.candidate_id, a.reviewer_id, r.round, a.conflict_reason, "
                       "a.assigned_at, a.assigned_by FROM reviewer_assignment a CROSS JOIN (SELECT 'selection' AS "
                       "round UNION ALL SELECT 'workshop' UNION ALL SELECT 'field_assessment') r"),
        QStringLiteral("DROP TABLE reviewer_assignment"),
        QStringLiteral("ALTER TABLE assignment_in_round RENAME TO reviewer_assignment"),
        QStringLiteral("CREATE INDEX assignment_by_reviewer ON reviewer_assignment (reviewer_id)"),
        QStringLiteral("CREATE TABLE consensus_in_round (candidate_id TEXT NOT NULL REFERENCES candidate(id), ") +
            roundColumn +
            QStringLiteral(", criterion_key TEXT NOT NULL, profile_version INTEGER NOT NULL, "
                           "rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4), comment TEXT NOT NULL, "
                           "recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, "
                           "PRIMARY KEY (candidate_id, round, criterion_key)) STRICT"),
        QStringLiteral("INSERT INTO consensus_in_round (candidate_id, round, criterion_key, profile_version, rating, "
                       "comment, recorded_at, recorded_by) SELECT candidate_id, ") +
            roundOf +
            QStringLiteral(", criterion_key, profile_version, rating, comment, recorded_at, recorded_by "
                           "FROM consensus"),
        QStringLiteral("DROP TABLE consensus"),
        QStringLiteral("ALTER TABLE consensus_in_round RENAME TO consensus"),
        // Applications (see above).
        QStringLiteral("CREATE TABLE application (candidate_id TEXT PRIMARY KEY REFERENCES candidate(id), "
                       "workshop_id TEXT NOT NULL REFERENCES workshop(id), applied_at TEXT NOT NULL, "
                       "applied_by TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE INDEX application_by_workshop ON application (workshop_id)"),
        QStringLiteral("INSERT INTO application (candidate_id, workshop_id, applied_at, applied_by) "
                       "SELECT candidate_id, workshop_id, enrolled_at, enrolled_by FROM enrolment"),
        QStringLiteral("INSERT INTO application (candidate_id, workshop_id, applied_at, applied_by) "
                       "SELECT c.id, (SELECT d.workshop_id FROM stage_decision d WHERE d.candidate_id = c.id "
                       "AND d.workshop_id IS NOT NULL ORDER BY d.decided_at DESC, d.rowid DESC LIMIT 1), "
                       "c.modified_at, c.modified_by FROM candidate c WHERE NOT EXISTS (SELECT 1 FROM enrolment e "
                       "WHERE e.candidate_id = c.id) AND EXISTS (SELECT 1 FROM stage_decision d "
                       "WHERE d.candidate_id = c.id AND d.workshop_id IS NOT NULL)"),
    };
}

// Gives the free functions of this file a translation context that lupdate sees.
struct SchemaText {
    Q_DECLARE_TR_FUNCTIONS(SchemaText)
};

}  // namespace

QStringList Schema::migrationTo(int to)
{
    switch (to) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    case 10:
        return version10();
    case 11:
        return version11();
    case 12:
        return version12();
    case 13:
        return version13();
    default:
        return {};
    }
}

namespace {

// Version 3 searches a folded copy of the candidates' text, which SQL cannot compute.
Status backfillSearchText(QSqlDatabase db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, family_name, given_names, administration, nationality, email, position "
                                  "FROM candidate"))) {
        return sqlFailure(read.lastError(), SchemaText::tr("Could not upgrade the candidates."));
    }
    QList<QPair<QString, QString>> rows;
    while (read.next()) {
        Candidate c;
        c.familyName = read.value(u"family_name"_s).toString();
        c.givenNames = read.value(u"given_names"_s).toString();
        c.administration = read.value(u"administration"_s).toString();
        c.nationality = read.value(u"nationality"_s).toString();
        c.email = read.value(u"email"_s).toString();
        c.position = read.value(u"position"_s).toString();
        rows.append({read.value(u"id"_s).toString(), c.searchText()});
    }
    read.finish();
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE candidate SET search_text = :text WHERE id = :id"));
    for (const auto& [id, text] : rows) {
        write.bindValue(QStringLiteral(":text"), text);
        write.bindValue(QStringLiteral(":id"), id);
        if (!write.exec()) {
            return sqlFailure(write.lastError(), SchemaText::tr("Could not upgrade the candidates."));
        }
    }
    return Status::success();
}

// Version 5 keeps seats in a table of their own; before it, a participant's workshop was
// that of their latest decision naming one.
Status backfillEnrolment(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "INSERT INTO enrolment (candidate_id, workshop_id, enrolled_at, enrolled_by) "
            "SELECT c.id, (SELECT d.workshop_id FROM stage_decision d WHERE d.candidate_id = c.id "
            "AND d.workshop_id IS NOT NULL ORDER BY d.decided_at DESC, d.rowid DESC LIMIT 1), c.modified_at, "
            "c.modified_by FROM candidate c WHERE c.stage NOT IN ('applied','waitlisted','not_selected','withdrawn') "
            "AND EXISTS (SELECT 1 FROM stage_decision d WHERE d.candidate_id = c.id AND d.workshop_id IS NOT NULL)"))) {
        return sqlFailure(q.lastError(), SchemaText::tr("Could not upgrade the workshops' seats."));
    }
    return Status::success();
}

// Version 7 indexes the candidates already in the file; their documents wait for the
// extractor, which needs Qt Gui and so runs outside core (CandidateSearch::documentsToRead).
Status backfillSearchIndex(QSqlDatabase db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, family_name, given_names, administration, nationality, email, position, "
                                  "ipr_experience FROM candidate WHERE erased_at IS NULL"))) {
        return sqlFailure(read.lastError(), SchemaText::tr("Could not upgrade the candidates."));
    }
    QList<Candidate> candidates;
    while (read.next()) {
        Candidate c;
        c.meta.id = QUuid::fromString(read.value(u"id"_s).toString());
        c.familyName = read.value(u"family_name"_s).toString();
        c.givenNames = read.value(u"given_names"_s).toString();
        c.administration = read.value(u"administration"_s).toString();
        c.nationality = read.value(u"nationality"_s).toString();
        c.email = read.value(u"email"_s).toString();
        c.position = read.value(u"position"_s).toString();
        c.iprExperience = read.value(u"ipr_experience"_s).toString();
        candidates.append(c);
    }
    read.finish();
    for (const Candidate& c : candidates) {
        if (auto added = SearchIndex::addCandidateFields(db, c); !added.ok()) {
            return added;
        }
    }
    return Status::success();
}

}  // namespace

Status Schema::migrate(const QString& connectionName, int from)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    for (int to = from + 1; to <= kCurrentVersion; ++to) {
        for (const QString& statement : migrationTo(to)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                return sqlFailure(query.lastError(),
                                  SchemaText::tr("Could not upgrade the file to format %1.").arg(to));
            }
        }
    }
    if (from < 3) {
        if (auto filled = backfillSearchText(db); !filled.ok()) {
            return filled;
        }
    }
    if (from < 5) {
        if (auto filled = backfillEnrolment(db); !filled.ok()) {
            return filled;
        }
    }
    if (from < 7 && from >= 1) {
        if (auto indexed = backfillSearchIndex(db); !indexed.ok()) {
            return indexed;
        }
    }
    QSqlQuery query(db);
    // PRAGMA takes no bound values; the number is ours, not user input.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kCurrentVersion))) {
        return sqlFailure(query.lastError(), SchemaText::tr("Could not record the file format version."));
    }
    return Status::success();
}

namespace {

Result<QStringList> listObjects(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') AS sql FROM sqlite_schema "
                                   "ORDER BY type, name"))) {
        return Result<QStringList>(
            sqlFailure(query.lastError(), SchemaText::tr("Could not read the file's layout.")).error());
    }
    QStringList objects;
    while (query.next()) {
        objects.append(query.value(u"type"_s).toString() + QLatin1Char(' ') + query.value(u"name"_s).toString() +
                       QLatin1Char(' ') + query.value(u"tbl_name"_s).toString() + QLatin1Char(' ') +
                       query.value(u"sql"_s).toString());
    }
    return objects;
}

}  // namespace

Result<QStringList> Schema::expectedObjects(int version)
{
    QList<QStringList> steps;
    for (int to = 1; to <= version; ++to) {
        steps.append(migrationTo(to));
    }
    return objectsCreatedBy(steps);
}

Result<QStringList> Schema::objectsCreatedBy(const QList<QStringList>& steps)
{
    const QString name = QStringLiteral("schema-reference-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QStringList> result = QStringList();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            result = Result<QStringList>::failure(ErrorCode::Internal, db.lastError().text());
        } else {
            for (const QStringList& step : steps) {
                for (const QString& statement : step) {
                    QSqlQuery query(db);
                    if (!query.exec(statement)) {
                        result = Result<QStringList>::failure(ErrorCode::Internal, query.lastError().text());
                        break;
                    }
                }
                if (!result.ok()) {
                    break;
                }
            }
            if (result.ok()) {
                result = listObjects(db);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<QStringList> Schema::actualObjects(const QString& connectionName)
{
    return listObjects(QSqlDatabase::database(connectionName, false));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The layout of a file of the current format, as Schema::expectedObjects(kCurrentVersion)
// lists it: the result of running every migration on an empty database, written down once
// so that an open compares with it instead of running the migrations again (about 11 ms a
// command, docs/performance.md, "Session 9"). TestMigrations::theWrittenLayoutIsWhatTheMigrationsMake
// fails when a migration changes and this list does not; it then writes the list the
// migrations make, to be copied here.
#include "store/internal/Schema.h"

namespace {

// One "type name table sql" line per schema object, sorted by type and name (BINARY).
const char* const
    kCurrentObjects
        [] =
            {
                R"sql(index application_by_workshop application CREATE INDEX application_by_workshop ON application (workshop_id))sql",
                R"sql(index assignment_by_reviewer reviewer_assignment CREATE INDEX assignment_by_reviewer ON reviewer_assignment (reviewer_id))sql",
                R"sql(index attachment_by_candidate attachment CREATE INDEX attachment_by_candidate ON attachment (candidate_id))sql",
                R"sql(index attachment_by_document attachment CREATE INDEX attachment_by_document ON attachment (sha256))sql",
                R"sql(index audit_by_subject audit_log CREATE INDEX audit_by_subject ON audit_log (subject_id, seq))sql",
                R"sql(index candidate_by_name candidate CREATE INDEX candidate_by_name ON candidate (family_name, given_names))sql",
                R"sql(index decision_by_candidate stage_decision CREATE INDEX decision_by_candidate ON stage_decision (candidate_id, decided_at))sql",
                R"sql(index decision_by_workshop stage_decision CREATE INDEX decision_by_workshop ON stage_decision (workshop_id))sql",
                R"sql(index enrolment_by_workshop enrolment CREATE INDEX enrolment_by_workshop ON enrolment (workshop_id))sql",
                R"sql(index participant_by_candidate activity_participant CREATE INDEX participant_by_candidate ON activity_participant (candidate_id))sql",
                R"sql(index score_by_candidate score CREATE INDEX score_by_candidate ON score (candidate_id))sql",
                R"sql(index search_row_by_candidate search_row CREATE INDEX search_row_by_candidate ON search_row (candidate_id))sql",
                R"sql(index sqlite_autoindex_activity_1 activity )sql",
                R"sql(index sqlite_autoindex_activity_participant_1 activity_participant )sql",
                R"sql(index sqlite_autoindex_application_1 application )sql",
                R"sql(index sqlite_autoindex_assessment_outcome_1 assessment_outcome )sql",
                R"sql(index sqlite_autoindex_attachment_1 attachment )sql",
                R"sql(index sqlite_autoindex_attachment_2 attachment )sql",
                R"sql(index sqlite_autoindex_audit_log_1 audit_log )sql",
                R"sql(index sqlite_autoindex_availability_commitment_1 availability_commitment )sql",
                R"sql(index sqlite_autoindex_candidate_1 candidate )sql",
                R"sql(index sqlite_autoindex_candidate_language_1 candidate_language )sql",
                R"sql(index sqlite_autoindex_candidate_link_1 candidate_link )sql",
                R"sql(index sqlite_autoindex_competence_profile_1 competence_profile )sql",
                R"sql(index sqlite_autoindex_competence_profile_2 competence_profile )sql",
                R"sql(index sqlite_autoindex_conflict_declaration_1 conflict_declaration )sql",
                R"sql(index sqlite_autoindex_consensus_1 consensus )sql",
                R"sql(index sqlite_autoindex_criterion_1 criterion )sql",
                R"sql(index sqlite_autoindex_criterion_group_1 criterion_group )sql",
                R"sql(index sqlite_autoindex_document_1 document )sql",
                R"sql(index sqlite_autoindex_document_text_1 document_text )sql",
                R"sql(index sqlite_autoindex_enrolment_1 enrolment )sql",
                R"sql(index sqlite_autoindex_file_info_1 file_info )sql",
                R"sql(index sqlite_autoindex_letter_template_1 letter_template )sql",
                R"sql(index sqlite_autoindex_letter_template_2 letter_template )sql",
                R"sql(index sqlite_autoindex_person_1 person )sql",
                R"sql(index sqlite_autoindex_person_2 person )sql",
                R"sql(index sqlite_autoindex_review_import_1 review_import )sql",
                R"sql(index sqlite_autoindex_reviewer_assignment_1 reviewer_assignment )sql",
                R"sql(index sqlite_autoindex_scale_level_1 scale_level )sql",
                R"sql(index sqlite_autoindex_score_1 score )sql",
                R"sql(index sqlite_autoindex_score_2 score )sql",
                R"sql(index sqlite_autoindex_screening_1 screening )sql",
                R"sql(index sqlite_autoindex_stage_decision_1 stage_decision )sql",
                R"sql(index sqlite_autoindex_unavailability_1 unavailability )sql",
                R"sql(index sqlite_autoindex_workshop_1 workshop )sql",
                R"sql(index sqlite_autoindex_workshop_criterion_1 workshop_criterion )sql",
                R"sql(index step_closure_by_workshop step_closure CREATE INDEX step_closure_by_workshop ON step_closure (workshop_id, step, seq))sql",
                R"sql(index unavailability_by_candidate unavailability CREATE INDEX unavailability_by_candidate ON unavailability (candidate_id, from_date))sql",
                R"sql(table activity activity CREATE TABLE activity (id TEXT PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0), kind TEXT NOT NULL CHECK (kind IN ('capacity_building','technical_assistance','operation','stage3_assessment')), mode TEXT NOT NULL CHECK (mode IN ('on_site','online')), country TEXT NOT NULL, city TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, requesting_administration TEXT NOT NULL, language TEXT NOT NULL, row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, modified_by TEXT NOT NULL, topics TEXT NOT NULL DEFAULT '[]', CHECK (end_date >= start_date), CHECK (mode = 'online' OR length(trim(country)) > 0)) STRICT)sql",
                R"sql(table activity_participant activity_participant CREATE TABLE activity_participant (activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE, candidate_id TEXT NOT NULL REFERENCES candidate(id), position INTEGER NOT NULL, role TEXT NOT NULL CHECK (role IN ('lead','co_facilitator','stage3_candidate')), voluntary_extra INTEGER NOT NULL CHECK (voluntary_extra IN (0, 1)), extra_reason TEXT NOT NULL, PRIMARY KEY (activity_id, candidate_id), CHECK (voluntary_extra = 0 OR length(trim(extra_reason)) > 0)) STRICT)sql",
                R"sql(table application application CREATE TABLE application (candidate_id TEXT PRIMARY KEY REFERENCES candidate(id), workshop_id TEXT NOT NULL REFERENCES workshop(id), applied_at TEXT NOT NULL, applied_by TEXT NOT NULL) STRICT)sql",
                R"sql(table assessment_outcome assessment_outcome CREATE TABLE assessment_outcome (candidate_id TEXT NOT NULL REFERENCES candidate(id), step TEXT NOT NULL CHECK (step IN ('selection','workshop','field_assessment')), passed INTEGER NOT NULL CHECK (passed IN (0, 1)), note TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, PRIMARY KEY (candidate_id, step)) STRICT)sql",
                R"sql(table attachment attachment CREATE TABLE attachment (id TEXT PRIMARY KEY, candidate_id TEXT NOT NULL REFERENCES candidate(id), kind TEXT NOT NULL CHECK (kind IN ('cv','application_form','other')), file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0), media_type TEXT NOT NULL, sha256 TEXT NOT NULL REFERENCES document(sha256), added_at TEXT NOT NULL, row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, modified_by TEXT NOT NULL, UNIQUE (candidate_id, sha256)) STRICT)sql",
                R"sql(table audit_log audit_log CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, subject_id TEXT NOT NULL, old_value TEXT NOT NULL, new_value TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, old_digest TEXT NOT NULL DEFAULT '', new_digest TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '') STRICT)sql",
                R"sql(table availability_commitment availability_commitment CREATE TABLE availability_commitment (candidate_id TEXT PRIMARY KEY REFERENCES candidate(id), given_on TEXT NOT NULL, how TEXT NOT NULL CHECK (length(trim(how)) > 0), recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL) STRICT)sql",
                R"sql(table candidate candidate CREATE TABLE candidate (id TEXT PRIMARY KEY, family_name TEXT NOT NULL CHECK (length(trim(family_name)) > 0), given_names TEXT NOT NULL, gender TEXT NOT NULL CHECK (gender IN ('female','male','other','undisclosed')), date_of_birth TEXT, nationality TEXT NOT NULL, administration TEXT NOT NULL, region TEXT NOT NULL CHECK (region IN ('east_southern_africa','west_central_africa','north_africa_middle_east','europe','asia_pacific','americas_caribbean')), position TEXT NOT NULL, email TEXT NOT NULL, phone TEXT NOT NULL, education TEXT CHECK (education IS NULL OR education IN ('secondary','post_secondary','bachelor','master','doctorate')), years_in_customs INTEGER NOT NULL CHECK (years_in_customs BETWEEN 0 AND 60), years_in_public_administration INTEGER NOT NULL CHECK (years_in_public_administration BETWEEN 0 AND 60), english_level TEXT CHECK (english_level IS NULL OR english_level IN ('a1','a2','b1','b2','c1','c2','native')), ipr_experience TEXT NOT NULL, consent_to_keep_data INTEGER NOT NULL CHECK (consent_to_keep_data IN (0, 1)), application_date TEXT NOT NULL, stage TEXT NOT NULL CHECK (stage IN ('applied','selected','waitlisted','not_selected','confirmed','workshop_passed','workshop_failed','accredited','not_accredited','withdrawn','commitment_ended','retired')), row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, modified_by TEXT NOT NULL, search_text TEXT NOT NULL DEFAULT '', archived_at TEXT, erased_at TEXT) STRICT)sql",
                R"sql(table candidate_language candidate_language CREATE TABLE candidate_language (candidate_id TEXT NOT NULL REFERENCES candidate(id) ON DELETE CASCADE, position INTEGER NOT NULL, language TEXT NOT NULL, level TEXT NOT NULL CHECK (level IN ('a1','a2','b1','b2','c1','c2','native')), PRIMARY KEY (candidate_id, position)) STRICT)sql",
                R"sql(table candidate_link candidate_link CREATE TABLE candidate_link (candidate_id TEXT NOT NULL REFERENCES candidate(id), other_id TEXT NOT NULL REFERENCES candidate(id), linked_at TEXT NOT NULL, linked_by TEXT NOT NULL, PRIMARY KEY (candidate_id, other_id), CHECK (candidate_id < other_id)) STRICT)sql",
                R"sql(table competence_profile competence_profile CREATE TABLE competence_profile (id TEXT PRIMARY KEY, version INTEGER NOT NULL UNIQUE CHECK (version >= 1), title TEXT NOT NULL CHECK (length(trim(title)) > 0), adopted_on TEXT, counted_threshold_percent INTEGER NOT NULL CHECK (counted_threshold_percent BETWEEN 1 AND 99), row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, modified_by TEXT NOT NULL) STRICT)sql",
                R"sql(table conflict_declaration conflict_declaration CREATE TABLE conflict_declaration (candidate_id TEXT NOT NULL REFERENCES candidate(id), reviewer_id TEXT NOT NULL REFERENCES person(id), reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), declared_at TEXT NOT NULL, imported_at TEXT NOT NULL, PRIMARY KEY (candidate_id, reviewer_id)) STRICT)sql",
                R"sql(table consensus consensus CREATE TABLE "consensus" (candidate_id TEXT NOT NULL REFERENCES candidate(id), round TEXT NOT NULL CHECK (round IN ('selection','workshop','field_assessment')), criterion_key TEXT NOT NULL, profile_version INTEGER NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4), comment TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, PRIMARY KEY (candidate_id, round, criterion_key)) STRICT)sql",
                R"sql(table criterion criterion CREATE TABLE criterion (profile_id TEXT NOT NULL, group_key TEXT NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('hard','counted','advantage')), PRIMARY KEY (profile_id, key), FOREIGN KEY (profile_id, group_key) REFERENCES criterion_group(profile_id, key) ON DELETE CASCADE) STRICT)sql",
                R"sql(table criterion_group criterion_group CREATE TABLE criterion_group (profile_id TEXT NOT NULL REFERENCES competence_profile(id) ON DELETE CASCADE, position INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (profile_id, key)) STRICT)sql",
                R"sql(table document document CREATE TABLE document (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL CHECK (size > 0 AND size <= 25000000), content BLOB NOT NULL) STRICT)sql",
                R"sql(table document_text document_text CREATE TABLE document_text (sha256 TEXT PRIMARY KEY REFERENCES document(sha256) ON DELETE CASCADE, outcome TEXT NOT NULL CHECK (outcome IN ('text','no_text_layer','unsupported','failed')), detail TEXT NOT NULL, extracted_at TEXT NOT NULL, extractor_version INTEGER NOT NULL CHECK (extractor_version >= 1), search_row INTEGER) STRICT)sql",
                R"sql(table editing_lease editing_lease CREATE TABLE editing_lease (slot INTEGER PRIMARY KEY CHECK (slot = 1), person TEXT NOT NULL, machine TEXT NOT NULL, session TEXT NOT NULL, since TEXT NOT NULL, heartbeat TEXT NOT NULL, sessions INTEGER NOT NULL CHECK (sessions >= 1)) STRICT)sql",
                R"sql(table enrolment enrolment CREATE TABLE enrolment (candidate_id TEXT PRIMARY KEY REFERENCES candidate(id), workshop_id TEXT NOT NULL REFERENCES workshop(id), enrolled_at TEXT NOT NULL, enrolled_by TEXT NOT NULL) STRICT)sql",
                R"sql(table file_info file_info CREATE TABLE file_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT)sql",
                R"sql(table letter_template letter_template CREATE TABLE letter_template (id TEXT PRIMARY KEY, decision TEXT NOT NULL CHECK (decision IN ('selected','waitlisted','not_selected','workshop_passed','workshop_failed','accredited','not_accredited')), language TEXT NOT NULL CHECK (length(language) = 2 AND language GLOB '[a-z][a-z]'), subject TEXT NOT NULL CHECK (length(trim(subject)) > 0), body TEXT NOT NULL CHECK (length(trim(body)) > 0), row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, modified_by TEXT NOT NULL, UNIQUE (decision, language)) STRICT)sql",
                R"sql(table person person CREATE TABLE person (id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(trim(name)) > 0), account TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(account)) > 0), role TEXT NOT NULL CHECK (role IN ('officer','reviewer','observer')), administration TEXT NOT NULL, email TEXT NOT NULL, row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, modified_by TEXT NOT NULL) STRICT)sql",
                R"sql(table record_seal record_seal CREATE TABLE record_seal (tbl TEXT NOT NULL, key TEXT NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (tbl, key)) STRICT, WITHOUT ROWID)sql",
                R"sql(table review_import review_import CREATE TABLE review_import (review_file_id TEXT PRIMARY KEY, reviewer_id TEXT NOT NULL REFERENCES person(id), imported_at TEXT NOT NULL, scores INTEGER NOT NULL) STRICT)sql",
                R"sql(table reviewer_assignment reviewer_assignment CREATE TABLE "reviewer_assignment" (candidate_id TEXT NOT NULL REFERENCES candidate(id), reviewer_id TEXT NOT NULL REFERENCES person(id), round TEXT NOT NULL CHECK (round IN ('selection','workshop','field_assessment')), conflict_reason TEXT NOT NULL, assigned_at TEXT NOT NULL, assigned_by TEXT NOT NULL, PRIMARY KEY (candidate_id, reviewer_id, round)) STRICT)sql",
                R"sql(table scale_level scale_level CREATE TABLE scale_level (profile_id TEXT NOT NULL REFERENCES competence_profile(id) ON DELETE CASCADE, rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4), label TEXT NOT NULL CHECK (length(trim(label)) > 0), descriptor TEXT NOT NULL, PRIMARY KEY (profile_id, rating)) STRICT)sql",
                R"sql(table score score CREATE TABLE "score" (id TEXT PRIMARY KEY, reviewer_id TEXT NOT NULL REFERENCES person(id), candidate_id TEXT NOT NULL REFERENCES candidate(id), round TEXT NOT NULL CHECK (round IN ('selection','workshop','field_assessment')), criterion_key TEXT NOT NULL, profile_version INTEGER NOT NULL, rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 4), comment TEXT NOT NULL, evidence TEXT NOT NULL, submitted_at TEXT, updated_at TEXT NOT NULL, row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, modified_by TEXT NOT NULL, UNIQUE (reviewer_id, candidate_id, round, criterion_key)) STRICT)sql",
                R"sql(table screening screening CREATE TABLE screening (candidate_id TEXT PRIMARY KEY REFERENCES candidate(id), hard_met INTEGER NOT NULL CHECK (hard_met IN (0, 1)), counted_met INTEGER NOT NULL, counted_total INTEGER NOT NULL CHECK (counted_total >= 1), note TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, override_reason TEXT NOT NULL DEFAULT '', CHECK (counted_met BETWEEN 0 AND counted_total)) STRICT)sql",
                R"sql(table search_index search_index CREATE VIRTUAL TABLE search_index USING fts5(owner UNINDEXED, place UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2'))sql",
                R"sql(table search_index_config search_index_config CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID)sql",
                R"sql(table search_index_content search_index_content CREATE TABLE 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1, c2))sql",
                R"sql(table search_index_data search_index_data CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB))sql",
                R"sql(table search_index_docsize search_index_docsize CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB))sql",
                R"sql(table search_index_idx search_index_idx CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID)sql",
                R"sql(table search_row search_row CREATE TABLE search_row (row INTEGER NOT NULL, candidate_id TEXT NOT NULL REFERENCES candidate(id), PRIMARY KEY (row, candidate_id)) STRICT, WITHOUT ROWID)sql",
                R"sql(table stage_decision stage_decision CREATE TABLE stage_decision (id TEXT PRIMARY KEY, candidate_id TEXT NOT NULL REFERENCES candidate(id), workshop_id TEXT REFERENCES workshop(id), from_stage TEXT NOT NULL CHECK (from_stage IN ('applied','selected','waitlisted','not_selected','confirmed','workshop_passed','workshop_failed','accredited','not_accredited','withdrawn','commitment_ended','retired')), to_stage TEXT NOT NULL CHECK (to_stage IN ('applied','selected','waitlisted','not_selected','confirmed','workshop_passed','workshop_failed','accredited','not_accredited','withdrawn','commitment_ended','retired')), decided_by TEXT NOT NULL CHECK (length(trim(decided_by)) > 0), decided_at TEXT NOT NULL, reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), informed_on TEXT, informed_by TEXT CHECK (informed_by IS NULL OR informed_by IN ('letter','email','in_person')), row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, modified_by TEXT NOT NULL, override_reason TEXT NOT NULL DEFAULT '', effective_on TEXT, reverses_id TEXT REFERENCES stage_decision(id), CHECK ((informed_on IS NULL) = (informed_by IS NULL)), CHECK (from_stage <> to_stage)) STRICT)sql",
                R"sql(table step_closure step_closure CREATE TABLE step_closure (seq INTEGER PRIMARY KEY, workshop_id TEXT NOT NULL REFERENCES workshop(id), step TEXT NOT NULL CHECK (step IN ('selection','workshop','field_assessment')), closed INTEGER NOT NULL CHECK (closed IN (0, 1)), happened_at TEXT NOT NULL, person TEXT NOT NULL, reason TEXT NOT NULL, uninformed INTEGER NOT NULL CHECK (uninformed >= 0)) STRICT)sql",
                R"sql(table unavailability unavailability CREATE TABLE unavailability (id TEXT PRIMARY KEY, candidate_id TEXT NOT NULL REFERENCES candidate(id), from_date TEXT NOT NULL, to_date TEXT NOT NULL, reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, modified_by TEXT NOT NULL, CHECK (to_date >= from_date)) STRICT)sql",
                R"sql(table workshop workshop CREATE TABLE workshop (id TEXT PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0), region TEXT CHECK (region IS NULL OR region IN ('east_southern_africa','west_central_africa','north_africa_middle_east','europe','asia_pacific','americas_caribbean')), venue TEXT NOT NULL, start_date TEXT NOT NULL, days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 14), capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 10), assessors TEXT NOT NULL, row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, modified_by TEXT NOT NULL) STRICT)sql",
                R"sql(table workshop_criterion workshop_criterion CREATE TABLE workshop_criterion (workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE, position INTEGER NOT NULL, key TEXT NOT NULL CHECK (length(trim(key)) > 0 AND instr(key, ':') = 0), name TEXT NOT NULL CHECK (length(trim(name)) > 0), description TEXT NOT NULL DEFAULT '', PRIMARY KEY (workshop_id, key)) STRICT)sql",
                R"sql(trigger attachment_found_by_search attachment CREATE TRIGGER attachment_found_by_search AFTER INSERT ON attachment BEGIN INSERT OR IGNORE INTO search_row (row, candidate_id) SELECT t.search_row, NEW.candidate_id FROM document_text t WHERE t.sha256 = NEW.sha256 AND t.search_row IS NOT NULL; END)sql",
                R"sql(trigger attachment_moved_in_search attachment CREATE TRIGGER attachment_moved_in_search AFTER UPDATE OF candidate_id, sha256 ON attachment BEGIN DELETE FROM search_row WHERE candidate_id = OLD.candidate_id AND row IN (SELECT t.search_row FROM document_text t WHERE t.sha256 = OLD.sha256); INSERT OR IGNORE INTO search_row (row, candidate_id) SELECT t.search_row, NEW.candidate_id FROM document_text t WHERE t.sha256 = NEW.sha256 AND t.search_row IS NOT NULL; END)sql",
                R"sql(trigger attachment_not_found_by_search attachment CREATE TRIGGER attachment_not_found_by_search AFTER DELETE ON attachment BEGIN DELETE FROM search_row WHERE candidate_id = OLD.candidate_id AND row IN (SELECT t.search_row FROM document_text t WHERE t.sha256 = OLD.sha256); END)sql",
};

}  // namespace

QStringList Schema::currentObjects()
{
    QStringList objects;
    objects.reserve(int(std::size(kCurrentObjects)));
    for (const char* object : kCurrentObjects) {
        objects.append(QString::fromUtf8(object));
    }
    return objects;
}

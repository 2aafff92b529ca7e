// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/CandidateEditor.h"

#include "candidates/AppliedWorkshopBox.h"

#include "widgets/ConflictDialog.h"
#include "widgets/MessageBox.h"
#include "domain/RecordJson.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "assessment/CandidateDisclosure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

struct CandidateEditor::Binding {
    QString key;
    QString label;
    QWidget* widget;
    QLabel* problem;
    std::function<QVariant(const Candidate&)> get;
    std::function<void(Candidate&, const QVariant&)> set;
    std::function<QVariant()> read;
    std::function<void(const QVariant&)> write;
};

namespace {

// A date edit's lowest date stands for "not given": QDateEdit cannot be empty.
const QDate kNotGiven(1900, 1, 1);

/// One edit of one field. Typing in the same field merges into one step, as editors do.
class SetCandidateField : public QUndoCommand
{
public:
    SetCandidateField(CandidateEditor* editor, QString key, const QString& label, QVariant before, QVariant after)
        : QUndoCommand(CandidateEditor::tr("Change %1").arg(label))
        , m_editor(editor)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const SetCandidateField*>(other);
        if (next->m_key != m_key) {
            return false;
        }
        m_after = next->m_after;
        return true;
    }
    void undo() override { m_editor->applyField(m_key, m_before); }
    void redo() override { m_editor->applyField(m_key, m_after); }

private:
    CandidateEditor* m_editor;
    QString m_key;
    QVariant m_before;
    QVariant m_after;
};

QVariant languagesValue(const QList<LanguageSkill>& skills)
{
    QVariantList list;
    for (const LanguageSkill& skill : skills) {
        list.append(QVariant(QVariantList{skill.language, int(skill.level)}));  // one item, not two
    }
    return list;
}

QList<LanguageSkill> languagesFrom(const QVariant& value)
{
    QList<LanguageSkill> skills;
    for (const QVariant& item : value.toList()) {
        const QVariantList pair = item.toList();
        skills.append({pair.value(0).toString(), LanguageLevel(pair.value(1).toInt())});
    }
    return skills;
}

template<typename E>
QComboBox* enumCombo(QWidget* parent, const QString& noneText)
{
    auto* box = new QComboBox(parent);
    if (!noneText.isEmpty()) {
        box->addItem(noneText, -1);
    }
    for (E value : allOf<E>()) {
        box->addItem(labelOf(value), int(value));
    }
    return box;
}

template<typename E>
QVariant optionalValue(const std::optional<E>& value)
{
    return value ? int(*value) : -1;
}

template<typename E>
std::optional<E> optionalFrom(const QVariant& value)
{
    return value.toInt() < 0 ? std::nullopt : std::optional<E>(E(value.toInt()));
}

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a00000"));
    label->hide();
    return label;
}

}  // namespace

CandidateEditor::CandidateEditor(QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_undo(undoStack)
{
    setObjectName(QStringLiteral("candidateEditor"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    auto* content = new QWidget(this);
    auto* groups = new QVBoxLayout(content);

    const auto group = [&](const QString& title) {
        auto* box = new QGroupBox(title, content);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        groups->addWidget(box);
        return form;
    };
    // Adds a row with its problem label under the field; returns the problem label.
    const auto row = [&](QFormLayout* form, const QString& label, QWidget* field) {
        auto* holder = new QWidget(content);
        auto* column = new QVBoxLayout(holder);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        QLabel* problem = problemLabel(holder);
        column->addWidget(problem);
        form->addRow(label, holder);
        if (auto* buddy = qobject_cast<QLabel*>(form->labelForField(holder))) {
            buddy->setBuddy(field);
        }
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        return problem;
    };
    const auto text = [&](QFormLayout* form, const QString& key, const QString& label, QString Candidate::*member) {
        auto* edit = new QLineEdit(content);
        edit->setObjectName(key);
        QLabel* problem = row(form, label, edit);
        addBinding(
            key, edit, problem, [member](const Candidate& c) { return QVariant(c.*member); },
            [member](Candidate& c, const QVariant& v) { c.*member = v.toString(); },
            [edit]() { return QVariant(edit->text()); }, [edit](const QVariant& v) { edit->setText(v.toString()); });
        connect(edit, &QLineEdit::textEdited, this, [this, key]() { fieldEdited(key); });
    };
    const auto date = [&](QFormLayout* form, const QString& key, const QString& label, QDate Candidate::*member) {
        auto* edit = new QDateEdit(content);
        edit->setObjectName(key);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNotGiven);
        edit->setSpecialValueText(tr("Not given"));
        QLabel* problem = row(form, label, edit);
        addBinding(
            key, edit, problem, [member](const Candidate& c) { return QVariant(c.*member); },
            [member](Candidate& c, const QVariant& v) { c.*member = v.toDate(); },
            [edit]() { return QVariant(edit->date() == kNotGiven ? QDate() : edit->date()); },
            [edit](const QVariant& v) { edit->setDate(v.toDate().isValid() ? v.toDate() : kNotGiven); });
        connect(edit, &QDateEdit::dateChanged, this, [this, key]() { fieldEdited(key); });
    };
    const auto spin = [&](QFormLayout* form, const QString& key, const QString& label, int Candidate::*member) {
        auto* edit = new QSpinBox(content);
        edit->setObjectName(key);
        edit->setRange(0, 60);
        edit->setSuffix(tr(" years"));
        QLabel* problem = row(form, label, edit);
        addBinding(
            key, edit, problem, [member](const Candidate& c) { return QVariant(c.*member); },
            [member](Candidate& c, const QVariant& v) { c.*member = v.toInt(); },
            [edit]() { return QVariant(edit->value()); }, [edit](const QVariant& v) { edit->setValue(v.toInt()); });
        connect(edit, &QSpinBox::valueChanged, this, [this, key]() { fieldEdited(key); });
    };
    const auto combo = [&](QFormLayout* form, const QString& key, const QString& label, QComboBox* box,
                           std::function<QVariant(const Candidate&)> get,
                           std::function<void(Candidate&, const QVariant&)> set) {
        box->setObjectName(key);
        QLabel* problem = row(form, label, box);
        addBinding(
            key, box, problem, std::move(get), std::move(set), [box]() { return box->currentData(); },
            [box](const QVariant& v) { box->setCurrentIndex(qMax(0, box->findData(v))); });
        connect(box, &QComboBox::currentIndexChanged, this, [this, key]() { fieldEdited(key); });
    };

    QFormLayout* personal = group(tr("Personal details"));
    text(personal, QStringLiteral("family_name"), tr("&Family name:"), &Candidate::familyName);
    text(personal, QStringLiteral("given_names"), tr("&Given names:"), &Candidate::givenNames);
    combo(
        personal, QStringLiteral("gender"), tr("Gen&der:"), enumCombo<Gender>(content, QString()),
        [](const Candidate& c) { return QVariant(int(c.gender)); },
        [](Candidate& c, const QVariant& v) { c.gender = Gender(v.toInt()); });
    date(personal, QStringLiteral("date_of_birth"), tr("Date of &birth:"), &Candidate::dateOfBirth);
    text(personal, QStringLiteral("nationality"), tr("&Nationality:"), &Candidate::nationality);

    QFormLayout* nomination = group(tr("Nominating administration"));
    text(nomination, QStringLiteral("administration"), tr("&Customs administration:"), &Candidate::administration);
    combo(
        nomination, QStringLiteral("region"), tr("WCO &region:"), enumCombo<Region>(content, tr("Choose a region")),
        [](const Candidate& c) { return optionalValue(c.region); },
        [](Candidate& c, const QVariant& v) { c.region = optionalFrom<Region>(v); });
    text(nomination, QStringLiteral("position"), tr("&Position:"), &Candidate::position);
    text(nomination, QStringLiteral("email"), tr("&E-mail:"), &Candidate::email);
    text(nomination, QStringLiteral("phone"), tr("P&hone:"), &Candidate::phone);

    QFormLayout* qualifications = group(tr("Qualifications and experience"));
    combo(
        qualifications, QStringLiteral("education"), tr("Highest &education:"),
        enumCombo<EducationLevel>(content, tr("Not given")),
        [](const Candidate& c) { return optionalValue(c.education); },
        [](Candidate& c, const QVariant& v) { c.education = optionalFrom<EducationLevel>(v); });
    spin(qualifications, QStringLiteral("years_in_customs"), tr("Years in C&ustoms:"), &Candidate::yearsInCustoms);
    spin(qualifications, QStringLiteral("years_in_public_administration"), tr("Years in public &administration:"),
         &Candidate::yearsInPublicAdministration);
    combo(
        qualifications, QStringLiteral("english_level"), tr("Eng&lish:"),
        enumCombo<LanguageLevel>(content, tr("Not given")),
        [](const Candidate& c) { return optionalValue(c.englishLevel); },
        [](Candidate& c, const QVariant& v) { c.englishLevel = optionalFrom<LanguageLevel>(v); });

    m_languages = new QTableWidget(0, 2, content);
    m_languages->setObjectName(QStringLiteral("languages"));
    m_languages->setHorizontalHeaderLabels({tr("Language"), tr("Level")});
    m_languages->horizontalHeader()->setStretchLastSection(true);
    m_languages->verticalHeader()->hide();
    m_languages->setTabKeyNavigation(false);
    m_languages->setMinimumHeight(110);
    auto* languageBox = new QWidget(content);
    auto* languageLayout = new QVBoxLayout(languageBox);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->addWidget(m_languages);
    auto* languageButtons = new QHBoxLayout;
    auto* addLanguage = new QPushButton(tr("Add &language"), languageBox);
    addLanguage->setObjectName(QStringLiteral("addLanguage"));
    auto* removeLanguage = new QPushButton(tr("Remove language"), languageBox);
    removeLanguage->setObjectName(QStringLiteral("removeLanguage"));
    languageButtons->addWidget(addLanguage);
    languageButtons->addWidget(removeLanguage);
    languageButtons->addStretch();
    languageLayout->addLayout(languageButtons);
    QLabel* languageProblem = row(qualifications, tr("Other lan&guages:"), languageBox);
    m_languages->setAccessibleName(tr("Other languages"));
    const auto readLanguages = [this]() {
        QList<LanguageSkill> skills;
        for (int r = 0; r < m_languages->rowCount(); ++r) {
            const auto* level = qobject_cast<QComboBox*>(m_languages->cellWidget(r, 1));
            skills.append({m_languages->item(r, 0) ? m_languages->item(r, 0)->text() : QString(),
                           LanguageLevel(level ? level->currentData().toInt() : int(LanguageLevel::B1))});
        }
        return languagesValue(skills);
    };
    const auto writeLanguages = [this](const QVariant& value) {
        const QList<LanguageSkill> skills = languagesFrom(value);
        m_languages->setRowCount(int(skills.size()));
        for (int r = 0; r < skills.size(); ++r) {
            m_languages->setItem(r, 0, new QTableWidgetItem(skills.at(r).language));
            auto* level = enumCombo<LanguageLevel>(m_languages, QString());
            level->setAccessibleName(tr("Level of %1").arg(skills.at(r).language));
            level->setCurrentIndex(level->findData(int(skills.at(r).level)));
            connect(level, &QComboBox::currentIndexChanged, this,
                    [this]() { fieldEdited(QStringLiteral("languages")); });
            m_languages->setCellWidget(r, 1, level);
        }
    };
    addBinding(
        QStringLiteral("languages"), m_languages, languageProblem,
        [](const Candidate& c) { return languagesValue(c.otherLanguages); },
        [](Candidate& c, const QVariant& v) { c.otherLanguages = languagesFrom(v); }, readLanguages, writeLanguages);
    connect(m_languages, &QTableWidget::itemChanged, this, [this]() { fieldEdited(QStringLiteral("languages")); });
    connect(addLanguage, &QPushButton::clicked, this, [this]() {
        QList<LanguageSkill> skills = m_working.otherLanguages;
        skills.append({tr("New language"), LanguageLevel::B1});
        const QVariant before = languagesValue(m_working.otherLanguages);
        m_undo->push(
            new SetCandidateField(this, QStringLiteral("languages"), tr("languages"), before, languagesValue(skills)));
        m_languages->setCurrentCell(m_languages->rowCount() - 1, 0);
        m_languages->editItem(m_languages->item(m_languages->rowCount() - 1, 0));
    });
    connect(removeLanguage, &QPushButton::clicked, this, [this]() {
        const int current = m_languages->currentRow();
        if (current < 0 || current >= m_working.otherLanguages.size()) {
            return;
        }
        QList<LanguageSkill> skills = m_working.otherLanguages;
        skills.removeAt(current);
        m_undo->push(new SetCandidateField(this, QStringLiteral("languages"), tr("languages"),
                                           languagesValue(m_working.otherLanguages), languagesValue(skills)));
    });

    auto* ipr = new QPlainTextEdit(content);
    ipr->setObjectName(QStringLiteral("ipr_experience"));
    ipr->setTabChangesFocus(true);
    ipr->setMinimumHeight(80);
    QLabel* iprProblem = row(qualifications, tr("&IPR experience:"), ipr);
    addBinding(
        QStringLiteral("ipr_experience"), ipr, iprProblem, [](const Candidate& c) { return QVariant(c.iprExperience); },
        [](Candidate& c, const QVariant& v) { c.iprExperience = v.toString(); },
        [ipr]() { return QVariant(ipr->toPlainText()); },
        [ipr](const QVariant& v) { ipr->setPlainText(v.toString()); });
    connect(ipr, &QPlainTextEdit::textChanged, this, [this]() { fieldEdited(QStringLiteral("ipr_experience")); });

    QFormLayout* application = group(tr("Application"));
    date(application, QStringLiteral("application_date"), tr("Applica&tion received:"), &Candidate::applicationDate);
    auto* consent = new QCheckBox(tr("The candidate agreed that their data is kept"), content);
    consent->setObjectName(QStringLiteral("consent_to_keep_data"));
    QLabel* consentProblem = row(application, tr("C&onsent:"), consent);
    addBinding(
        QStringLiteral("consent_to_keep_data"), consent, consentProblem,
        [](const Candidate& c) { return QVariant(c.consentToKeepData); },
        [](Candidate& c, const QVariant& v) { c.consentToKeepData = v.toBool(); },
        [consent]() { return QVariant(consent->isChecked()); },
        [consent](const QVariant& v) { consent->setChecked(v.toBool()); });
    connect(consent, &QCheckBox::toggled, this, [this]() { fieldEdited(QStringLiteral("consent_to_keep_data")); });
    m_appliedTo = new AppliedWorkshopBox(content);
    application->addRow(tr("&Workshop applied to:"), m_appliedTo);
    groups->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("candidateEditorScroll"));
    scroll->setAccessibleName(tr("The candidate's record"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveCandidate"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertCandidate"));
    connect(m_save, &QPushButton::clicked, this, [this]() { save(); });
    connect(m_revert, &QPushButton::clicked, this, &CandidateEditor::revert);
    connect(m_undo, &QUndoStack::cleanChanged, this, &CandidateEditor::updateButtons);
    connect(m_undo, &QUndoStack::indexChanged, this, &CandidateEditor::updateButtons);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    clear();
}

CandidateEditor::~CandidateEditor()
{
    qDeleteAll(m_bindings);
}

void CandidateEditor::addBinding(const QString& key, QWidget* widget, QLabel* problem,
                                 std::function<QVariant(const Candidate&)> get,
                                 std::function<void(Candidate&, const QVariant&)> set, std::function<QVariant()> read,
                                 std::function<void(const QVariant&)> write)
{
    auto* binding = new Binding{key,
                                widget->accessibleName(),
                                widget,
                                problem,
                                std::move(get),
                                std::move(set),
                                std::move(read),
                                std::move(write)};
    problem->setObjectName(key + QStringLiteral("Problem"));
    m_bindings.append(binding);
    m_byKey.insert(key, binding);
}

void CandidateEditor::setStore(Store* store)
{
    m_store = store;
    clear();
}

void CandidateEditor::clear()
{
    load(Candidate());
    setEnabled(false);
    m_title->setText(tr("Select a candidate, or add one with Edit > New Candidate."));
}

void CandidateEditor::load(const Candidate& candidate)
{
    m_loaded = candidate;
    m_working = candidate;
    m_touched.clear();
    m_showAllProblems = false;
    m_applying = true;
    for (Binding* binding : std::as_const(m_bindings)) {
        binding->write(binding->get(candidate));
    }
    m_applying = false;
    m_undo->clear();
    setEnabled(true);
    const bool editable = m_store && !m_store->isReadOnly();
    for (Binding* binding : std::as_const(m_bindings)) {
        binding->widget->setEnabled(editable);
    }
    m_appliedTo->showFor(m_store, candidate.meta.id);
    showDisclosedRows(candidate);
    m_title->setText(candidate.meta.isNew()
                         ? QStringLiteral("<h3>%1</h3>").arg(tr("New candidate"))
                         : QStringLiteral("<h3>%1</h3>").arg(candidate.displayName().toHtmlEscaped()));
    showProblems();
    updateButtons();
}

void CandidateEditor::showDisclosedRows(const Candidate& candidate)
{
    // A reviewer reads the candidate without contact details and date of birth, and under
    // a code in an anonymised round (CandidateDisclosure): those rows are not shown empty,
    // they are not shown at all.
    const auto disclosure =
        m_store ? m_store->candidates().disclosure() : Result<CandidateDisclosure>(CandidateDisclosure());
    const bool everything = !disclosure.ok() || disclosure.value().seesEverything();
    const bool anonymised = disclosure.ok() && disclosure.value().anonymises(candidate);
    const auto show = [this](const QString& key, bool shown) {
        const Binding* binding = m_byKey.value(key);
        QWidget* holder = binding ? binding->widget->parentWidget() : nullptr;
        auto* form =
            holder && holder->parentWidget() ? qobject_cast<QFormLayout*>(holder->parentWidget()->layout()) : nullptr;
        if (form) {
            form->setRowVisible(holder, shown);
        }
    };
    for (const char* key : {"email", "phone", "date_of_birth"}) {
        show(QString::fromLatin1(key), everything);
    }
    for (const char* key : {"given_names", "nationality", "administration", "position"}) {
        show(QString::fromLatin1(key), !anonymised);
    }
}

void CandidateEditor::fieldEdited(const QString& key)
{
    if (m_applying) {
        return;
    }
    Binding* binding = m_byKey.value(key);
    const QVariant before = binding->get(m_working);
    const QVariant after = binding->read();
    if (before == after) {
        return;
    }
    m_touched.insert(key);
    m_undo->push(new SetCandidateField(this, key, binding->label, before, after));
}

void CandidateEditor::applyField(const QString& key, const QVariant& value)
{
    Binding* binding = m_byKey.value(key);
    if (!binding) {
        return;
    }
    binding->set(m_working, value);
    if (binding->read() != value) {
        m_applying = true;
        binding->write(value);
        m_applying = false;
    }
    m_touched.insert(key);
    showProblems();
}

void CandidateEditor::showProblems()
{
    const Validation validation = m_working.validate();
    for (Binding* binding : std::as_const(m_bindings)) {
        const QString message = validation.messageFor(binding->key);
        const bool shown = !message.isEmpty() && (m_showAllProblems || m_touched.contains(binding->key));
        binding->problem->setText(message);
        binding->problem->setVisible(shown);
        binding->widget->setAccessibleDescription(shown ? message : QString());
    }
}

QString CandidateEditor::problemShown(const QString& field) const
{
    const Binding* binding = m_byKey.value(field);
    return binding && !binding->problem->isHidden() ? binding->problem->text() : QString();
}

bool CandidateEditor::isModified() const
{
    return !m_undo->isClean();
}

void CandidateEditor::updateButtons()
{
    const bool editable = m_store && !m_store->isReadOnly();
    m_save->setEnabled(editable && (isModified() || m_working.meta.isNew()));
    m_revert->setEnabled(isModified());
}

void CandidateEditor::revert()
{
    load(m_loaded);
}

bool CandidateEditor::save()
{
    if (!m_store) {
        return false;
    }
    m_showAllProblems = true;
    showProblems();
    const Validation validation = m_working.validate();
    if (!validation.ok()) {
        for (Binding* binding : std::as_const(m_bindings)) {
            if (!validation.messageFor(binding->key).isEmpty()) {
                binding->widget->setFocus();
                break;
            }
        }
        return false;
    }
    auto saved = m_store->candidates().save(m_working);
    if (!saved.ok() && saved.code() == ErrorCode::Conflict) {
        const auto theirs = m_store->candidates().byId(m_working.meta.id);
        if (!theirs.ok()) {
            MessageBox::critical(this, tr("Not saved"), theirs.message());
            return false;
        }
        const auto choice = ConflictDialog::ask(m_working.displayName(), RecordJson::toJson(m_working),
                                                RecordJson::toJson(theirs.value()), theirs.value().meta.modifiedBy,
                                                theirs.value().meta.modifiedAt, this);
        if (choice == ConflictDialog::Choice::TakeTheirs) {
            load(theirs.value());
            return true;
        }
        if (choice == ConflictDialog::Choice::Cancel) {
            return false;
        }
        Candidate mine = m_working;
        mine.meta.rowVersion = theirs.value().meta.rowVersion;  // a deliberate overwrite, audited as such
        saved = m_store->candidates().save(mine);
    }
    if (!saved.ok()) {
        MessageBox::critical(this, tr("Not saved"), saved.message());
        return false;
    }
    const QUuid id = saved.value().meta.id;
    load(saved.value());
    warnAboutDuplicates(saved.value());
    emit this->saved(id);
    return true;
}

void CandidateEditor::warnAboutDuplicates(const Candidate& candidate)
{
    const auto matches = m_store->candidates().possibleDuplicates(candidate);
    const auto linked = m_store->candidates().linkedCandidates(candidate.meta.id);
    if (!matches.ok() || !linked.ok()) {
        return;
    }
    QStringList lines;
    QList<QUuid> others;
    for (const DuplicateMatch& match : matches.value()) {
        if (!linked.value().contains(match.otherId)) {
            lines.append(tr("• %1 (%2)").arg(match.otherName, match.reasons.join(tr(", "))));
            others.append(match.otherId);
        }
    }
    if (others.isEmpty()) {
        return;
    }
    const QString text = tr("%1 may be the same person as:\n%2\n\nLink the records as the same person? Nothing is "
                            "merged: both records stay as they are.")
                             .arg(candidate.displayName(), lines.join(QLatin1Char('\n')));
    if (!MessageBox::question(this, tr("Possible duplicate"), text, tr("&Link as Same Person"))) {
        return;
    }
    for (const QUuid& other : std::as_const(others)) {
        if (auto done = m_store->candidates().linkSamePerson(candidate.meta.id, other); !done.ok()) {
            MessageBox::critical(this, tr("Not linked"), done.message());
            return;
        }
    }
}

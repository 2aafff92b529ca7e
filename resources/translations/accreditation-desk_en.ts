<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccreditedAdvisor</name>
    <message>
        <source>%1 has left the pool (%2); they cannot lead or co-facilitate an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s commitment runs from %2 to %3; &quot;%4&quot; falls outside it. Record their part as a voluntary extra, with the reason, or choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would take %2 beyond the %3 weeks of their commitment (%4 weeks used, this activity counts %5). Record their part as a voluntary extra, with the reason, or choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an accredited advisor; they can take part only as a Stage 3 candidate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesCommand</name>
    <message>
        <source>List the activities of a file with who took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, voluntary extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies).</source>
        <translation>
            <numerusform>%Ln activity(ies).</numerusform>
            <numerusform>%Ln activity(ies).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site or online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. e-commerce, medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person as participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment of the advisors taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment of its &amp;advisors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead or co-facilitator from the pool yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the advisor give this time as a voluntary extra?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a voluntary extra needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove Activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: removing %1 needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the activity %1 and who takes part in it? The audit trail keeps what it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Give the activity a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity on site needs the country where it takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day of the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day of the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity ends before it starts; check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title or requesting administration is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic in the list is empty; remove it or name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant has no person; choose one or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person is listed twice; keep one role for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time given as a voluntary extra needs its reason; enter why the advisor gives it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityAddCommand</name>
    <message>
        <source>Record an activity and who takes part in it (officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the activity is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its title (by default made from the kind, place and date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it takes place, on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city, on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes place online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its working language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administration that requested it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part (id or name), and their role: %1 (co_facilitator when left out). Repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANDIDATE[:ROLE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as voluntary extra, with REASON, the part of any advisor that goes beyond the twelve weeks of their commitment or outside its period; without it such a part is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --country (and --city) or --online, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (voluntary extra: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditCommand</name>
    <message>
        <source>Change an activity&apos;s title, kind, dates, place, language, topics or participants (officers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the activity is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it takes place, on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city, on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes place online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes place on site (give --country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its working language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administration that requested it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic; repeat for several. Replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties the list of topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody takes part any longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give what to change with --title, --kind, --from, --to, --country, --city, --online, --on-site, --language, --requested-by, --topic or --participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --online or a place (--on-site, --country, --city), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --topic or --no-topics, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --participant or --no-participants, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Capacity building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3 assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityMode</name>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityRemoval</name>
    <message>
        <source>&quot;%1&quot; cannot be removed: Stage 3 appraisals (%2) were recorded for it, and they are part of the candidates&apos; assessment. Keep the activity; if its details are wrong, correct them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has taken place and counts in the commitment of its leads and co-facilitators. Removing it gives them back those weeks. Say why it is removed (for example: recorded by mistake); the reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityRemoveCommand</name>
    <message>
        <source>Remove an activity and who took part in it (officers); refused once Stage 3 appraisals were recorded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is removed; required once it has begun with leads or co-facilitators, whose commitment it counts in. Kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it with --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvanceCommand</name>
    <message>
        <source>Record a decision that moves a candidate to another stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why; kept with the candidate&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop concerned (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it takes effect (the accreditation date), as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3. To be informed: record it with &quot;inform&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the decision goes against the screening (selection) or against the outcome recorded for its step (workshop passed or failed, accredited or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They had applied to no workshop: their application to &quot;%1&quot; is recorded with the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their application moved from &quot;%1&quot; to &quot;%2&quot;: a seat is in the workshop applied to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementCommand</name>
    <message>
        <source>How far reviewers agree: Fleiss&apos; kappa, ICC(2,1), Krippendorff&apos;s alpha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Accreditation Desk file (not with --ratings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of a file: a CSV table of subject, rater, rating (e.g. typed in from paper sheets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either FILE --workshop W, or --ratings CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: Landis &amp; Koch (1977) for kappa, Koo &amp; Li (2016) for ICC, Krippendorff&apos;s 0.667 / 0.800 for alpha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion where reviewers are %1 levels apart or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers %1 levels apart or more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ratings %2 to %3, mean %4, population SD %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no submitted scores in %2 yet; agreement needs at least two reviewers&apos; submitted ratings of the same criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers of &quot;%1&quot; in %2, submitted ratings only:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationImport</name>
    <message>
        <source>The CSV reader could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid CSV: a quotation mark in row %2 is out of place or never closed. Correct the row in the spreadsheet and export the file again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a field too large to read; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, e.g. 2023-06-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no; write true, false, yes, no, 1 or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language with its level; write each as &quot;French:c1&quot;, separated by semicolons (levels: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist or is not a file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty. Its first row must name the columns (see &quot;Importing applications&quot; in the README); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of &quot;%1&quot; are separated by semicolons or tabs. Export it with commas between the columns; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; of &quot;%2&quot; appears twice, in columns %3 and %4; keep one of them. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1, which has no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has more cells than the header names columns; give the extra column a name or move its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of &quot;%1&quot; with problems: %2; valid rows: %3. Nothing was imported: correct those rows, or skip them to import the valid ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no application that can be imported; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several workshops; give the whole title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop of the file is called &quot;%1&quot;; give its title as %2, or leave the cell empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Workshops area shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;workshops FILE&quot; lists it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 may be the same person as row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rows %1 (%n rows)</source>
        <translation>
            <numerusform>rows %1 (%n rows)</numerusform>
            <numerusform>rows %1 (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may be the same person: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, already in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) already in the file</source>
        <translation>
            <numerusform>%n candidate already in the file</numerusform>
            <numerusform>%n candidates already in the file</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may be the same person as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every valid row of &quot;%1&quot; may be someone already in the file or an earlier row, and is skipped (rows %2); nothing was imported. To import them all the same, run import again with --duplicates import, or choose Import for those rows in the import window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppliedWorkshopBox</name>
    <message>
        <source>Workshop applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (the call) the candidate applies to. Recorded at once; the seat comes with the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>Record the workshop a candidate applies to (without a seat), or withdraw the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop applied to (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the application (only without a seat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --workshop W or --none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has applied to no workshop now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has applied to &quot;%2&quot; (%n applicant(s)).</source>
        <translation>
            <numerusform>%1 has applied to &quot;%2&quot; (%n applicant).</numerusform>
            <numerusform>%1 has applied to &quot;%2&quot; (%n applicants).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>Archive a candidate: hidden from the list, kept whole, recoverable with &quot;unarchive&quot; (officers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an archived candidate back to the list (officers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already archived; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not archived; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not archived: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not brought back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1 (%2); &quot;unarchive&quot; brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought %1 (%2) back to the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Could not read the competence profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no competence profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the competence profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read who reviews whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate or the reviewer is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reviewer is not recorded in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least 1 candidate per reviewer and 1 reviewer per candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s candidates and reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer is recorded in the file; record reviewers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign the reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the conflicts of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome must name its candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s applicants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Stage 1 screening is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening not passed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made for another accreditation file, not for this one. Import it into the file it was made for; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not recorded as a reviewer in this file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file&apos;s review files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; says it holds %2&apos;s scores, but this file knows it as %3&apos;s review file: it was edited. Nothing was imported; ask %3 for their review file as they saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the review file this file accepts from %2 (it has imported another one from them): a review file that names %2 but was made elsewhere, or edited. Nothing was imported; ask %2 for the review file they score in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an older copy of %2&apos;s review file (revision %3; revision %4 was imported already). Nothing was imported; import their latest copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the stored scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the score of %2 on &quot;%3&quot; by %4 is refused: %5 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was submitted and imported before, and submitted scores are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names competence profile version %1, which this file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form is marked submitted on some items only; a form is submitted whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; declares a conflict of interest about a candidate who is not in this file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the conflicts of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s review file holds nothing new; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 scores from %3&apos;s review file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) of interest declared by %1 recorded.</source>
        <translation>
            <numerusform>%n conflict of interest declared by %1 recorded.</numerusform>
            <numerusform>%n conflicts of interest declared by %1 recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) of candidates %1 declared a conflict of interest about were left out.</source>
        <translation>
            <numerusform>%n score of candidates %1 declared a conflict of interest about were left out.</numerusform>
            <numerusform>%n scores of candidates %1 declared a conflict of interest about were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) of %1 removed for a declared conflict of interest.</source>
        <translation>
            <numerusform>%n assignment of %1 removed for a declared conflict of interest.</numerusform>
            <numerusform>%n assignments of %1 removed for a declared conflict of interest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the form is marked submitted with %n item(s) unrated (%1); a form is submitted once every item is rated.</source>
        <translation>
            <numerusform>the form is marked submitted with %n item unrated (%1); a form is submitted once every item is rated.</numerusform>
            <numerusform>the form is marked submitted with %n items unrated (%1); a form is submitted once every item is rated.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no such workshop (it may have been removed meanwhile). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one in the Workshops area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them with: workshops FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already reviews %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reviewer was not assigned to the candidate in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; no consensus was recorded.</source>
        <translation>
            <numerusform>%n row refused; no consensus was recorded.</numerusform>
            <numerusform>%n rows refused; no consensus was recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not assigned to %2 in %3; the officer assigns reviewers (assign --round).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of %2&apos;s scoring form of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consensus on &quot;%1&quot; is recorded for this candidate in %2; nothing to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus on &quot;%1&quot; was recorded again (by %2) after you read it; nothing was cleared. Reload it and clear it again if you still mean to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clear the consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus changed while it was being cleared; nothing was cleared. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus on &quot;%1&quot; was recorded again (by %2) after it was read; reload and clear it again if you still mean to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown (anonymised review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus on %1, &quot;%2&quot; was recorded by %3 after you opened the form; nothing was saved: reload the form to see it and enter your rating again if you still mean to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus on %1, &quot;%2&quot; was cleared after you opened the form; nothing was saved: reload the form to see it and enter your rating again if you still mean to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus on %1, &quot;%2&quot; was recorded by %3 after it was read; reload the grid (Undo Typing) to see it and type your rating again if you still mean to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus on %1, &quot;%2&quot; was cleared after it was read; reload the grid (Undo Typing) to see it and type your rating again if you still mean to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentSheet</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What earns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard requirements are met or not met. Advantages rank candidates but never exclude them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consensus rating recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus recorded on %1 of %2 criteria, shown under each criterion above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[administration]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[country]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts towards &quot;most of&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment sheet (blank, anonymised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment sheet (blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment sheet (anonymised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate assessment sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings and comments of each reviewer, the consensus and the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat officer (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · code %1 · round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be completed by the assessor during the workshop. Tick one box a criterion. The candidate code and each criterion&apos;s code name the ratings when they are typed back (scores-import, or the scores grid).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentText</name>
    <message>
        <source>--%1 takes KEY=N, KEY one of: %2 (&quot;%3&quot; given).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>Assign a reviewer to a candidate, or spread the reviewers evenly over a workshop (officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer (id, account or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this reviewer may review a candidate of their own administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the assignment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the reviewers evenly over the candidates of a workshop (no CANDIDATE, REVIEWER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop to spread over (id or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSHOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N candidates per reviewer (with --spread).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers each candidate needs (with --spread; 2 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give FILE CANDIDATE REVIEWER, or FILE --spread --workshop W --limit N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit and --per-candidate take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %n assignment(s) for %1.</source>
        <translation>
            <numerusform>Made %n assignment for %1.</numerusform>
            <numerusform>Made %n assignments for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer reviews %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now reviews %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentView</name>
    <message>
        <source>Reviewers assigned to candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or double-click assigns or unassigns the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per reviewer at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers per candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spread Evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the reviewers evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most &amp;per reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewers per candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop to assign reviewers to its candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tick assigns a reviewer. ⚠ marks a reviewer of the candidate&apos;s own administration (assigned only with a reason); ✖ a conflict the reviewer declared; ✔ scores submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ conflict declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest about this candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ same administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned despite the conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is from the candidate&apos;s administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ✔ submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviews %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reviewer is from the candidate&apos;s administration. Why may they review the candidate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers not spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some candidates are short of reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment round of the assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer is recorded in the file; record reviewers under View &gt; People.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message>
        <source>Attach a document to a candidate, kept inside the file (officers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document to attach: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the document is: %1 (default other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot; (%2) to %3; run &quot;accreditation-desk-cli index FILE&quot; so that the search reads it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>An attachment must belong to a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the attachment&apos;s file name without its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty; attach a document with content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; attachments may be at most %3. Compress or split the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s document type is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of a type we accept (%2), judged by its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2). Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of a type we accept (%2), judged by its content, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <source>Documents of the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of document to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, added %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a copy to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to show this kind of document. A copy is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the candidate&apos;s file? The history keeps a record that it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Show the audit trail of a file, or of one candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the history of this candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANDIDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list housekeeping (editing taken over, documents read for the search, format upgrades); the JSON always has every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under each entry, the fields it changed, before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>File created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review file imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File, editing and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate brought back from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates linked as the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents&apos; text read for the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop&apos;s criteria changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence profile threshold changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers spread over candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text back to the built-in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus entered in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogText</name>
    <message>
        <source>Could not record the change in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the trail jumps from entry %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: an entry was removed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 (%2 by %3) was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but the file recorded a different last entry (%2): entries at the end were removed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not redact the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is empty, although every file&apos;s trail begins with its creation: its entries were removed outside Accreditation Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 (%2 by %3) carries no state of the records, although the entries before it do: it was written outside Accreditation Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditNames</name>
    <message>
        <source>a candidate no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workshop no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in public administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPR experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to keep the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard requirements met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of counted criteria to meet (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most candidates per reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers per candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years the records are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries redacted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upgraded the file to format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored the file from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored the file from the backup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started editing on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was still editing on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over editing from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added %2 as a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the record of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 brought %2 back from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 erased the personal data of a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded that %2 and %3 are the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %n application(s) from %2</source>
        <translation>
            <numerusform>%1 imported %n application from %2</numerusform>
            <numerusform>%1 imported %n applications from %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved %2 from “%3” to “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reversed the latest decision about %2, back to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded that %2 was informed on %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded the availability commitment of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed “%2” of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened “%2” of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded the Stage 1 screening of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached “%2” to the record of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed “%2” from the record of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 read the text of %n document(s) for the search</source>
        <translation>
            <numerusform>%1 read the text of %n document for the search</numerusform>
            <numerusform>%1 read the text of %n documents for the search</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added the workshop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the workshop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the criteria of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave %2 a seat in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2 off their workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2 off %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added the activity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the activity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the activity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded that %2 is unavailable from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed when %2 is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed an unavailability of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the details of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported the review file of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set the share of counted criteria a candidate must meet to %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked %2 to review %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2 off the review of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 spread the reviewers over the candidates of %2 (%n assignment(s))</source>
        <translation>
            <numerusform>%1 spread the reviewers over the candidates of %2 (%n assignment)</numerusform>
            <numerusform>%1 spread the reviewers over the candidates of %2 (%n assignments)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recorded the consensus on “%2” for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded that %2 passed “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded that %2 did not pass “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set the years the records are kept to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set the daily backups kept to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set how the weeks of the commitment are counted to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed who signs the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed a setting of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited the letter for “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put back the built-in letter for “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made a change this version cannot describe (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded that %2 applied to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew the application of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded consensus ratings at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded %n consensus rating(s) at once</source>
        <translation>
            <numerusform>%1 recorded %n consensus rating at once</numerusform>
            <numerusform>%1 recorded %n consensus ratings at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded %n consensus rating(s) at once for %2</source>
        <translation>
            <numerusform>%1 recorded %n consensus rating at once for %2</numerusform>
            <numerusform>%1 recorded %n consensus ratings at once for %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cleared the consensus on “%2” for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cleared %n consensus rating(s) at once</source>
        <translation>
            <numerusform>%1 cleared %n consensus rating at once</numerusform>
            <numerusform>%1 cleared %n consensus ratings at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and cleared %n</source>
        <translation>
            <numerusform>%1 and cleared %n</numerusform>
            <numerusform>%1 and cleared %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>History of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, values, people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;housekeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list what does not change the records: editing taken over, documents read for the search, format upgrades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields the selected change changed, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a change in the list to see the fields it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this history as a spreadsheet (XLSX) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityCommitment</name>
    <message>
        <source>A commitment must name its candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the commitment was given, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commitment cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the commitment was given, e.g. &quot;signed form received by e-mail&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commitment cannot be dated before the application (%1); check the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilitySearch</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day of the planned activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day of the planned activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned activity ends before it starts; check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their commitment runs from %1 to %2, not over the whole activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weeks left of the %1; only as a voluntary extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity counts %1 weeks; %2 left, the rest only as a voluntary extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not list %1 among their languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks %1 only at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the region (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Led or co-facilitated %Ln activities before.</source>
        <translation>
            <numerusform>Led or co-facilitated %Ln activities before.</numerusform>
            <numerusform>Led or co-facilitated %Ln activities before.</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity as an advisor yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 weeks left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks on activities in the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity in the year before: the load is spread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailableCommand</name>
    <message>
        <source>Find the accredited advisors free for planned dates, ranked by fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the planned activity, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the planned activity, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its working language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it takes place: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes place online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available, best fit first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available, %2 not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a verified copy of a file, even while someone is editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to write (it must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>The copy could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; is damaged; it cannot serve as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not flush the backup &quot;%1&quot; to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not give the backup its name &quot;%1&quot;; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the backup folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkScores</name>
    <message>
        <source>No candidate assigned to you has the code &quot;%1&quot;; rate only the candidates of your blank sheet (`scores-template --review`), or ask the officer to assign you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate of the file has the code &quot;%1&quot;; write the code the blank sheet gives (`scores-template`) or the candidate&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; fits %2 candidates (%3); write more of the id, as a new blank sheet (`scores-template`) gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s form has no criterion &quot;%2&quot;; write the criterion&apos;s code as the blank sheet (`scores-template`) gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rating; write a whole number from 0 to %2 (hard requirements 0 or 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate of the file has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an applicant of this workshop; leave the row out, or import without --workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no seat of this workshop, so has no %2 rating here; leave the row out, or import without --workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s form has no criterion &quot;%2&quot; (any more?); make a new blank sheet with `scores-template`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rated on &quot;%2&quot; twice, in rows %3 and %4; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted your form of %1 in %2; submitted scores are final and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was saved.</source>
        <translation>
            <numerusform>%n row refused; nothing was saved.</numerusform>
            <numerusform>%n rows refused; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; fits %2 items of %3&apos;s form (%4); write more of the activity&apos;s id, as a new blank sheet (`scores-template`) gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score of %1, &quot;%2&quot; was saved elsewhere (by %3) after it was read; reload the grid (Undo Typing) to see it and type your rating again if you still mean to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candidate</name>
    <message>
        <source>%1, %2</source>
        <comment>family name, given names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given names, family name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s nationality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Customs administration that nominates the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the WCO region of the nominating administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is longer than %L1 characters; shorten it or attach it as a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; write it as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; use digits, spaces and an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth makes the candidate younger than 18 or older than 100 when applying; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in Customs must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in public administration must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the application was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application date lies in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language in the list has no name; name it or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English has its own field; remove it from the other languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one row per language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same family name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateAddCommand</name>
    <message>
        <source>Add a candidate at stage &quot;applied&quot;, as the window&apos;s New Candidate (officers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was added. Run &quot;accreditation-desk-cli candidate-add --help&quot; for the values each option takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was added: give the options above and run &quot;candidate-add&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 at stage &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateEditCommand</name>
    <message>
        <source>Change a candidate&apos;s fields, as the window&apos;s candidate editor (officers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to change, e.g. --email ADDRESS (see &quot;accreditation-desk-cli candidate-edit --help&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Run &quot;accreditation-desk-cli candidate-edit --help&quot; for the values each option takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the personal data of %1 was erased; the record cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: correct the options above and run &quot;candidate-edit&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominating administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customs administration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WCO &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications and experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in C&amp;ustoms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in public &amp;administration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eng&amp;lish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IPR experience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applica&amp;tion received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate agreed that their data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate, or add one with Edit &gt; New Candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be the same person as:
%2

Link the records as the same person? Nothing is merged: both records stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link as Same Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop applied to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateFields</name>
    <message>
        <source>Family name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nominating Customs administration (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WCO region (required): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone: digits, spaces, ()./- and an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest education: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in Customs, 0 to 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in public administration, 0 to 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English level: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other languages with their levels, e.g. &quot;French:c1; Spanish:b2&quot; (not English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience in intellectual property rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to keep the data: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the application, YYYY-MM-DD (required; not in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateListView</name>
    <message>
        <source>Filter by name, administration, country or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet &amp;informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln candidate</numerusform>
            <numerusform>%Ln candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln candidate(s)</source>
        <translation>
            <numerusform>%1 of %Ln candidate</numerusform>
            <numerusform>%1 of %Ln candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates without consent to keep their data whose retention period is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find every word in the candidates&apos; fields or the text of their documents (CVs, forms), and show where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the words were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, fields and documents (CVs, forms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the words were found (the best %1 places):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the words were found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) are not searchable yet: the officer&apos;s copy of the application reads them.</source>
        <translation>
            <numerusform>%Ln document are not searchable yet: the officer&apos;s copy of the application reads them.</numerusform>
            <numerusform>%Ln documents are not searchable yet: the officer&apos;s copy of the application reads them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) are still being read and not searched yet.</source>
        <translation>
            <numerusform>%Ln document are still being read and not searched yet.</numerusform>
            <numerusform>%Ln documents are still being read and not searched yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for where the words were found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates in this file yet. Add them one by one, or import the applications from a spreadsheet saved as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport Applications…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateLookup</name>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n candidates; run the command again with the id of the one you mean:</source>
        <translation>
            <numerusform>&quot;%1&quot; names %n candidates; run the command again with the id of the one you mean:</numerusform>
            <numerusform>&quot;%1&quot; names %n candidates; run the command again with the id of the one you mean:</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate matches &quot;%1&quot;. Run &quot;candidates FILE&quot; for the list, with their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate you may see matches &quot;%1&quot;: you see the candidates assigned to you. Run &quot;candidates FILE&quot; for yours; the officer assigns others (assign).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateSearch</name>
    <message>
        <source>Could not search the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the documents&apos; text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateStandingView</name>
    <message>
        <source>Decisions about the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse Latest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a new decision that takes the candidate back; the history keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as &amp;Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hard requirements met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted criteria in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted criteria met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability commitment (point 5 of the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the commitment was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. signed form received by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save C&amp;ommitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate to see their decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stands at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses the decision before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening recorded: selection needs one, or a written override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: a selected candidate cannot be confirmed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the Latest Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is &quot;%1 → %2&quot; reversed? The decision stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: %1. Recorded %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions, screening and commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 pre-check against the competence profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the candidate&apos;s sheet or letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop applied to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <source>Could not read the candidates&apos; languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate is no longer in the file; someone may have removed them. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the candidate&apos;s languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it. Your changes were not saved; reload to see theirs, then make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1&apos;s languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate&apos;s personal data was erased; the record cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different candidates to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not link the two candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the linked candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the personal data is erased; the reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not erase the personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no candidate to import; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2
Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop named by the import is not in the file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate the import links a row to is no longer in the file; nothing was imported. Import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not link %1 to the candidate already in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is already attached as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the reviewer&apos;s assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the import in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesCommand</name>
    <message>
        <source>List the candidates of a file with their stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s).</source>
        <translation>
            <numerusform>%Ln candidate.</numerusform>
            <numerusform>%Ln candidates.</numerusform>
        </translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only candidates in whose record every word of TEXT is found: names, administration, nationality, e-mail, position, IPR experience or the text of their documents (accents and case ignored; run &quot;index&quot; first so that new documents are searched). Shows where each was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) not searched yet: run &quot;accreditation-desk-cli index FILE&quot; to read them.</source>
        <translation>
            <numerusform>%Ln document not searched yet: run &quot;accreditation-desk-cli index FILE&quot; to read them.</numerusform>
            <numerusform>%Ln documents not searched yet: run &quot;accreditation-desk-cli index FILE&quot; to read them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only candidates at this stage (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only candidates of this region (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only candidates with a decision about this workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only candidates whose latest decision awaits being told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived candidates too (left out otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>The same figures are in the Table tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chart or table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Chart as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a file: integrity, references, format version, the pipeline&apos;s rules and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Accreditation Desk file (opened read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problem(s) found.</source>
        <translation>
            <numerusform>%1: %Ln problem found.</numerusform>
            <numerusform>%1: %Ln problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the file&apos;s present history as seen on this computer, after you found why it no longer holds what this computer saw (for example a restored backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer now takes the file&apos;s present history as the one it saw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseStepCommand</name>
    <message>
        <source>Close (or reopen) a step of a workshop&apos;s round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it closes although candidates are still to be informed, or why it reopens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the step instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrong number of arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as PERSON (their account or name, as recorded in the file) instead of the operating-system user. The same roles apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: &quot;%1&quot; opens the file for editing but does not declare that it writes (Command::declareWrites).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: &quot;%1&quot; made &quot;%2&quot; but does not declare that it creates files (Command::declareCreates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment round: selection (or 1, Stage 1), workshop (2) or field_assessment (3). Without it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--round &quot;%1&quot; is not a round; give selection (1), workshop (2) or field_assessment (3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentCommand</name>
    <message>
        <source>Record a participant&apos;s availability commitment (point 5 of the call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was given, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was given, e.g. &quot;signed form by e-mail&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--given must be a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment of %1 recorded (given %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentLedger</name>
    <message>
        <source>%1 / %2 weeks + %3 voluntary, until %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 weeks, until %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompetenceProfile</name>
    <message>
        <source>The profile version must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the competence profile a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of counted criteria to meet must be between 1 and 99 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A competence profile needs at least one group of criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group needs a key and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group key &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; has no criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion needs a key and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion key &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs at least one counted criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPR TOA competence profile (2023 call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpersonal and communication skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability for international development work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social and methodological skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University education or 5 years in public administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-graduate degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Career Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 5 years in a Customs administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs modernization experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge of IPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current IPR developments and trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor, facilitator or mentor experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge of WCO Standards and Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WCO strategies and instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement issues and WCO risk tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent WCO IPR tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International IPR standards (TRIPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPR data analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPR CENcomm tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEN data visualisation tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port and airport risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPR risk assessment techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport modes, trade and Customs documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends in IPR fraud and crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International IPR discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity-building challenges in counterfeiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in different cultures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaging senior managers and stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitating reform discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamwork and clear writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis, reporting and office IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online meeting and training platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficient English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 – Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a hard requirement: rate it 1 (met) or 0 (not met).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &quot;%1&quot; from 0 to %2 on the profile&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not demonstrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence of the competence in the application or the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some evidence, but short of what the criterion asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear evidence that the candidate meets the criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence beyond what the criterion asks, in more than one setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptional evidence; the candidate could teach this to others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating scale needs 2 to 5 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale&apos;s levels go 0, 1, 2… in order, each with a label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved %2 at %3, after you opened it. Compare the two versions and choose which to keep. Nothing has been overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between your version and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsensusCommand</name>
    <message>
        <source>Record the consensus rating of a candidate on one criterion (officers), apart from the reviewers&apos; scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion&apos;s key (&quot;workshop:KEY&quot; for a workshop&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the profile&apos;s scale; hard requirements 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reviewers agreed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round of the criterion (workshop for &quot;workshop:KEY&quot;, field_assessment for &quot;activity:ID&quot;, else selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus for %1 on &quot;%2&quot; in %4: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the consensus on the criterion instead (its comment too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --rating N (and --comment) or --clear, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --criterion KEY and --rating N (a whole number), or --clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the consensus for %1 on &quot;%2&quot; in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionKind</name>
    <message>
        <source>Hard requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Pipeline funnel per workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool by region and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks used of the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active advisors over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s) in the file.</source>
        <translation>
            <numerusform>%Ln candidate in the file.</numerusform>
            <numerusform>%Ln candidates in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln advisor(s) accredited, %1 active.</source>
        <translation>
            <numerusform>%Ln advisor accredited, %1 active.</numerusform>
            <numerusform>%Ln advisors accredited, %1 active.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each chart has its figures in its Table tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stands at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s own (where they hold a seat or were waitlisted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why; kept with the candidate&apos;s file and shown in letters&apos; records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate has already been &amp;told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the rules allow this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accreditation date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules allow this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to decide against the screening or a recorded outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Could not read the candidate&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate of this decision is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop of this decision is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the competence profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not free the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision to reverse is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the candidate was informed, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate cannot have been informed on a future date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision awaits being told to this candidate; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate cannot be informed before the decision of %1 was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record that the candidate was informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read who is still to be informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count who is to be informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the step is reopened; it is kept with the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not closed for this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reopen the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclareConflictCommand</name>
    <message>
        <source>Declare a conflict of interest with a candidate (reviewers): your assignment is removed when the officer imports your review file, and you no longer see the candidate&apos;s scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes you unable to judge the candidate fairly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --reviewer R and --reason TEXT (what makes you unable to judge the candidate fairly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared a conflict of interest with %1 in %2; the officer&apos;s import removes your assignment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo file: the Kashiwa, Japan workshop of 10-13 October 2023 with fourteen fictional candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to create (it must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFileText</name>
    <message>
        <source>Meets the hard requirements and most of the profile&apos;s criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the profile; no seat left in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 5 years of experience in a Customs administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability commitment received; seat confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong participation in discussions, group work and presentations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation and group work below the expected level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful Stage 3 appraisal during a WCO activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3 appraisal did not confirm the expected facilitation skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew for family reasons before the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-year availability period ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired from the Customs administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name for the demo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not name the demo file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional accreditation workshop for IPR TOAs, Brussels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WCO headquarters, Brussels, Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional accreditation workshop for IPR TOAs, Kashiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs Training Institute, Kashiwa, Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional accreditation workshop for IPR TOAs, Nairobi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional Training Centre, Nairobi, Kenya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National workshop on IPR border enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Department of Viet Nam Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-commerce and counterfeit medicines: risk indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs administrations of the Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WCO Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum vitae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in Customs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for accreditation as IPR TOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened from the application form and CV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed commitment form received by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPR training for West African administrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dakar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction générale des douanes du Sénégal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rights holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional seminar on e-commerce and small consignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangkok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai Customs Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-commerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small consignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation against counterfeit medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casablanca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs and Indirect Tax Administration of Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to pass on the French IPR school&apos;s experience after her commitment ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National IPR week at Japan Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged met at the interview: the application form understates it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentBytesText</name>
    <message>
        <source>The document &quot;%1&quot; is damaged in the file: its bytes no longer match the ones it was stored with, so they were not used. Nothing was changed; restore the latest backup, or attach the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the document &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentIndexer</name>
    <message>
        <source>Reading the documents&apos; text for the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading documents: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents&apos; text could not be read for the search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) can now be searched.</source>
        <translation>
            <numerusform>%Ln document can now be searched.</numerusform>
            <numerusform>%Ln documents can now be searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) read for the search; %1 without text to search (see the Documents tab).</source>
        <translation>
            <numerusform>%Ln document read for the search; %1 without text to search (see the Documents tab).</numerusform>
            <numerusform>%Ln documents read for the search; %1 without text to search (see the Documents tab).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentType</name>
    <message>
        <source>PDF, DOCX, ODT, DOC, RTF, TXT, PNG or JPEG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditingLease</name>
    <message>
        <source>%1 on %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read who is editing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record who is editing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand back the editing of the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EducationLevel</name>
    <message>
        <source>Secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-secondary or vocational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-graduate degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolCommand</name>
    <message>
        <source>Give a candidate a seat in a workshop, or hand an applicant&apos;s seat back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the seat back (applicants only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --workshop W or --none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no seat now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a seat in &quot;%2&quot; (%3 / %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They had applied to no workshop: their application to &quot;%1&quot; is recorded with the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their application moved from &quot;%1&quot; to &quot;%2&quot;: a seat is in the workshop applied to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseCommand</name>
    <message>
        <source>Erase a candidate&apos;s personal data for good (officers only; needs --reason and --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the data is erased; the reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms the erasure, which cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of %1 was already erased; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased. Erasing removes the personal data of %1 (%2) from the file and its history for good and cannot be undone: add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of %1 was not erased: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of %1 was erased; the anonymous record %2 keeps the stage and decisions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write one of the lists the window shows as a spreadsheet (XLSX) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx (a spreadsheet: dates and numbers typed) or csv (UTF-8); by default the output&apos;s suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title): the ranking&apos;s or the participants&apos;; for candidates and to-inform, only those of this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: only this candidate&apos;s (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANDIDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates: only those whose names, administration, nationality, e-mail or position hold TEXT (accents and case ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates: only those at this stage (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates: only those of this region (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates: only those whose latest decision awaits being told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates: archived candidates too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list &quot;%1&quot; to export; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with -o OUT (e.g. -o %1.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be xlsx or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format to write with --format xlsx or --format csv (the output&apos;s name does not end in .xlsx or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 list is a workshop&apos;s: name the workshop with --workshop W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search, --stage, --region, --not-informed and --archived filter the candidates list only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 list is not a workshop&apos;s: leave out --workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--candidate narrows the history only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln row to %1.</numerusform>
            <numerusform>Wrote %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Choose a folder where you may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Nothing was written; free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSources</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, voluntary extra: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown list to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workshop whose list to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary extra weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advantages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria valued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tied for the last seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer competing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked (not in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To inform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier decisions not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommand</name>
    <message>
        <source>The Accreditation Desk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: a page this command read is broken, so what it printed may be incomplete. Nothing was changed. Run &quot;accreditation-desk-cli check %1&quot; to see what is damaged, and restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Accreditation Desk files (*.accred);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProbeText</name>
    <message>
        <source>&quot;%1&quot; is a link that leads nowhere (its target is missing or the links form a loop). Open the file it should point to instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist. If it is on a shared folder, check that the share is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it may be a device or a pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty, so it holds no accreditation data (perhaps a copy failed). Open a backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cut short (only %2 bytes). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Accreditation Desk (file format %2; this version reads up to %3). Install the newer version to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was never completed (its format version is missing). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was switched to write-ahead logging by another program. That mode corrupts files on shared folders, so Accreditation Desk will not open it. Restore the latest backup, or ask your IT support to switch it back to journal mode &quot;delete&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cut short or its header is damaged. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Accreditation Desk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not %2. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SQLite database at all (its first bytes are not those of a database), so it is not %2 although its name ends in %3: it was overwritten or damaged. It was left untouched; restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SQLite database at all, so it is not %2. Choose a file ending in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a shared Accreditation Desk file, not %2. Give the reviewer&apos;s review file instead (NAME.review, made by review-init or by their first score). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reviewer&apos;s review file, not %2. Open the shared file it was made for, or import it into that file with import-review. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSettings</name>
    <message>
        <source>The retention period is between 1 and 50 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep between 1 and 365 daily backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save who signs the letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who signs the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 of this file meanwhile; nothing was saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press OK again to save your values over theirs, or Cancel to keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run settings FILE to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which candidates reviewers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rounds reviewed anonymously</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrozenColumnsTable</name>
    <message>
        <source>Names and stages of the candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show every decision about a candidate, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, now at &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[override: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[reverses the decision before]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to inform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotJournalText</name>
    <message>
        <source>&quot;%1&quot; has a journal beside it (&quot;%2&quot;) left by a save that was interrupted, but that journal was not written for the file as it is now (%3): the file was perhaps replaced by a copy, or the journal belongs to another file. Completing it would write another file&apos;s pages into this one, so the file was not opened and both were left untouched. If you put this file here on purpose, move &quot;%2&quot; out of the folder, then open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is shorter than a database header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds pages of %1 bytes, the file has pages of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts from a file of %1 pages, the file counts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes from a database of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written when the file had seen %1 changes, the file has seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a journal beside it left by a save that was interrupted. Completing it needs room for a copy of the file beside it first, which could not be made; nothing was changed. Free some space in the folder and open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be put back as it was; its copy is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Required column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a candidate field; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is set by the application; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import applications from a CSV spreadsheet export (officers). Nothing is imported while a row is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications: UTF-8 CSV whose header names the keys of &quot;candidates --json&quot; (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the invalid ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report, but import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates imported from %1: %2, at stage &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out because of problems: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that would be skipped as possible duplicates: %1 (to import them all the same, add --duplicates import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped as possible duplicates: %1 (to import them all the same, run import again with --duplicates import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that would be imported although possible duplicates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows imported although possible duplicates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a row that may be someone already in the file or an earlier row: skip (the default) or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip|import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicates must be skip or import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import applications from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with applications: </source>
        <translation>
            <numerusform>%Ln row with applications: </numerusform>
            <numerusform>%Ln rows with applications: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln can be imported, </source>
        <translation>
            <numerusform>%Ln can be imported, </numerusform>
            <numerusform>%Ln can be imported, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems.</source>
        <translation>
            <numerusform>%Ln with problems.</numerusform>
            <numerusform>%Ln with problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required columns missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not read, because a candidate has no such field: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns the application sets itself, not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln &amp;Valid Row(s)</source>
        <translation>
            <numerusform>Import the %Ln &amp;Valid Row</numerusform>
            <numerusform>Import the %Ln &amp;Valid Rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates, and what to do with each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be the same person as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, already in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as a new candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s) skipped (choose for each below).</source>
        <translation>
            <numerusform>%Ln possible duplicate skipped (choose for each below).</numerusform>
            <numerusform>%Ln possible duplicates skipped (choose for each below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReviewCommand</name>
    <message>
        <source>Import a reviewer&apos;s review file into the shared file (officers). Importing again is harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared Accreditation Desk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexCommand</name>
    <message>
        <source>Read the text of documents not read yet, for the full-text search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents&apos; text was not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) are not searchable yet.</source>
        <translation>
            <numerusform>%Ln document are not searchable yet.</numerusform>
            <numerusform>%Ln documents are not searchable yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) read: </source>
        <translation>
            <numerusform>%Ln document read: </numerusform>
            <numerusform>%Ln documents read: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with text, %2 without a text layer, %3 not readable, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not searchable:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformChannel</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformCommand</name>
    <message>
        <source>Record that a candidate was told of the decisions awaiting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, as YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 informed on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty Accreditation Desk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to create (it must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invariants</name>
    <message>
        <source>A decision about %1 starts at &quot;%2&quot; although they were at &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal about %1 (%2) undoes a decision that was not their latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision moves %1 from &quot;%2&quot; to &quot;%3&quot;, a move the pipeline does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as told of &quot;%2&quot; on %3, before it was decided (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded at stage &quot;%2&quot; but their decisions lead to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 participants for %3 seats (the call allows at most 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a seat although at stage &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts as active in the pool but is at stage &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at stage &quot;accredited&quot; but no standing decision accredits them, so the pool leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at stage &quot;accredited&quot; but left the pool (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes part in &quot;%2&quot; as a Stage 3 candidate without having passed the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was decided &quot;%2&quot; although the outcome recorded for %3 is &quot;%4&quot;, and no override reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a workshop outcome but took part in no workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s workshop outcome was recorded on %2, before &quot;%3&quot; began (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s field assessment outcome (%2) comes before their Stage 3: it needs the workshop passed and a Stage 3 activity begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was decided &quot;%2&quot; on %3, before &quot;%4&quot; began (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s accreditation takes effect on %2, before the end of &quot;%3&quot; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of &quot;%2&quot; was closed on %3 by %4 with %n decision(s) not yet told, and no reason kept.</source>
        <translation>
            <numerusform>%1 of &quot;%2&quot; was closed on %3 by %4 with %n decision not yet told, and no reason kept.</numerusform>
            <numerusform>%1 of &quot;%2&quot; was closed on %3 by %4 with %n decisions not yet told, and no reason kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds a seat in &quot;%2&quot; but applied to no workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a seat in &quot;%2&quot; but applied to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageLevel</name>
    <message>
        <source>A1 (beginner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A2 (elementary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B1 (intermediate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2 (upper intermediate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C1 (proficient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2 (mastery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterBatch</name>
    <message>
        <source>The folder &quot;%1&quot; could not be made. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Greeting line, e.g. &quot;Dear Amina Diallo,&quot; or &quot;Madame,&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names and family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominating Customs administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason recorded with the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the three-year availability commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks of availability (12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result letter for &quot;%1&quot;. Choose one of the decisions a letter exists for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters are written in English (en) or French (fr), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unknown placeholder(s): {%1}. Use one of the placeholders listed beside the text, or remove the braces.</source>
        <translation>
            <numerusform>Unknown placeholder: {%1}. Use one of the placeholders listed beside the text, or remove the braces.</numerusform>
            <numerusform>Unknown placeholders: {%1}. Use one of the placeholders listed beside the text, or remove the braces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person who signs (the file&apos;s signatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the person who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature: the signatory&apos;s name and title, then the WCO Secretariat, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French agreement with the candidate&apos;s gender: &quot;e&quot; for a woman, nothing for a man, &quot;(e)&quot; otherwise, as in &quot;accrédité{e}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signatory&apos;s title needs their name too; give both, or neither to clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatory&apos;s name and title are one line each, of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title the candidate applies for or holds, in the letter&apos;s language and, in French, agreeing with their gender: &quot;conseillère technique et opérationnelle&quot; for a woman, &quot;conseiller technique et opérationnel&quot; for a man</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Could not read the letter&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the letters&apos; texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this letter&apos;s text after you opened it. Your changes were not saved; reload and make them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the letter&apos;s built-in text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersCommand</name>
    <message>
        <source>Write the result letters of a workshop&apos;s decision as PDF, with e-mail drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to write to: the candidates standing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the letters to (made when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every letter in this language (en or fr) instead of each candidate&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once every letter is written, record the candidates as informed by letter today (officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decision must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workshop with --workshop W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder to write to with -o DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates cannot be recorded as informed: %1 No letter was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of &quot;%1&quot; stands at &quot;%2&quot;: no letter written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, e-mail draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not recorded as informed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) recorded as informed by letter.</source>
        <translation>
            <numerusform>%n candidate recorded as informed by letter.</numerusform>
            <numerusform>%n candidates recorded as informed by letter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is named to sign the letters: they are signed &quot;WCO Secretariat&quot; alone. To sign them, run accreditation-desk-cli settings %1 --signatory-name NAME --signatory-title TITLE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a spreadsheet (.xlsx) nor a CSV file (.csv). Choose File &gt; Export… again and give the name one of these endings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-&amp;Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Accreditation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Accreditation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation Desk %1
Accreditation of WCO IPR Technical and Operational Advisors.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an accreditation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an accreditation file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an accreditation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was upgraded to this version&apos;s format. A copy of it as it was is kept in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation Desk — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Review Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was editing this file on %2, but their session shows no sign of life since %3.

If they have stopped working (a closed laptop, a crash), you can take over editing. If they are still working, their unsaved changes will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Over Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing not taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review files not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new score(s) from the review files beside the file.</source>
        <translation>
            <numerusform>Imported %Ln new score from the review files beside the file.</numerusform>
            <numerusform>Imported %Ln new scores from the review files beside the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated with changes saved by others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the file to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review file not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review file imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation Desk — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;My Review File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open My Re&amp;view File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review file is open: your scores show until the officer imports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores go to %1; the officer imports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review file not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to another file or another reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring Back from Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was archived. Show archived candidates to bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import applications from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln application(s).</source>
        <translation>
            <numerusform>Imported %Ln application.</numerusform>
            <numerusform>Imported %Ln applications.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of %1 for good? Names, contact details, notes and documents are removed from the file and from its history; an anonymous record keeps the stage and decisions. This cannot be undone. Backups made before keep the data until they are rotated out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of %1 was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History and Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the selected candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of the file is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s history was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) of interest recorded; the reviewers&apos; assignments were removed.</source>
        <translation>
            <numerusform>%Ln conflict of interest recorded; the reviewers&apos; assignments were removed.</numerusform>
            <numerusform>%Ln conflicts of interest recorded; the reviewers&apos; assignments were removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive candidate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? They leave the candidate list, and their record, decisions and documents stay in the file. To find them again, tick &quot;Show archived&quot; in the list; Edit &gt; Bring Back from Archive returns them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not archived: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the data of %1 erased?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of %1 was not erased: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not brought back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back in the candidate list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this area&apos;s list, with its filters, as a spreadsheet (XLSX) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dashboard has no list to export (its charts have their own Export buttons): go to Candidates, Workshops, Activities or Pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop at the top of the Workshops area first: its %1 is what is exported from this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in This Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this area&apos;s search field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area has nothing to search: Candidates, Workshops and Pool have a search field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Save your changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not save, your changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeText</name>
    <message>
        <source>The document could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is damaged: it lacks its text part (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s text part is too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is damaged: its text part cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is damaged: its text part cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeCommand</name>
    <message>
        <source>Record the outcome of a step&apos;s assessment of a candidate (officers), apart from the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate passed the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate did not pass the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --step (%1) and either --passed or --not-passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 not passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>Printing could not start: the printer or the file cannot be written. Check where it goes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page could not be started; the output is incomplete and was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds a seat yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3 candidate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Nothing was written there; choose a folder you can write to, with space left, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>The PDF is protected by a password, so its text cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected in a way that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the text of this PDF: the program that reads PDFs (%1) is missing. Install Accreditation Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the text of this PDF: the program that reads PDFs (%1) did not start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not read the text of this PDF (took too long: more than %n second(s)). The document itself is kept; only its words cannot be searched.</source>
        <translation>
            <numerusform>Could not read the text of this PDF (took too long: more than %n second). The document itself is kept; only its words cannot be searched.</numerusform>
            <numerusform>Could not read the text of this PDF (took too long: more than %n seconds). The document itself is kept; only its words cannot be searched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the text of this PDF: its reader stopped unexpectedly. The document itself is kept; only its words cannot be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the text of this PDF: its reader gave no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan?): its words cannot be searched without text recognition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Could not read the people of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer recorded in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the file&apos;s only officer; record another officer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is already recorded with the account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened them; reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>List the people recorded in a file with their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Record a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account (user name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dministration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers edit the file; reviewers score in their own review files; observers read and print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account the person signs in with on their computer (their user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account is a user name without spaces around it or &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text of this person is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonAddCommand</name>
    <message>
        <source>Record a person in a file with a role (officers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name they sign in with on their computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer, reviewer or observer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their administration, for conflicts of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 (%2) as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditCommand</name>
    <message>
        <source>Change a person&apos;s name, account, role, administration or e-mail (officers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person (id, account or name), as `people` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name they sign in with on their computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their administration, for conflicts of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give what to change with --name, --account, --role, --administration or --email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2) as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest decision about %1 can be reversed; reverse the later ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal takes %1 back from &quot;%2&quot; to &quot;%3&quot;, where the reversed decision found them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now at &quot;%2&quot;, not &quot;%3&quot;: someone decided meanwhile. Reload and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workshop where %1 takes a seat; a selected candidate is selected for a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is full: %2 of %3 seats are taken (the call allows at most 10 a workshop). Waitlist %4, or free a seat first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s screening: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Stage 1 screening is recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection needs the hard requirements met and most of the counted criteria. Record the screening, or give a written reason to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be confirmed before their availability commitment is recorded (point 5 of the call): record when and how they gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no seat in a workshop; enrol them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took part in no workshop recorded in the file; Stage 2 is decided for the participants of a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; begins on %2: Stage 2 is decided at or after the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accreditation date (%1) cannot come before the end of the workshop &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a seat in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at &quot;%2&quot;: only applicants and selected or confirmed candidates take a seat in a workshop. A waitlisted candidate takes one when selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; began on %2; participants are enrolled before a workshop begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is full: %2 of %3 seats are taken (the call allows at most 10 a workshop). Free a seat first, or waitlist %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of &quot;%1&quot; still await being told the result of %2. Record that they were informed, or write why the step closes without it.</source>
        <translation>
            <numerusform>%n candidate of &quot;%1&quot; still await being told the result of %2. Record that they were informed, or write why the step closes without it.</numerusform>
            <numerusform>%n candidates of &quot;%1&quot; still await being told the result of %2. Record that they were informed, or write why the step closes without it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; was closed on %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen it in the Workshops area before deciding again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen it with &quot;close-step FILE --workshop W --step %1 --reopen --reason TEXT&quot; before deciding again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision cannot take effect on a future date (%1): record it on the day it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a seat in another workshop. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them there with Enrol in the Workshops area, or decide for that workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them there with &quot;enrol FILE CANDIDATE --workshop W&quot;, or decide for that workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 takes part in %n activity(ies) as a Stage 3 candidate, which rests on passing the workshop. Take them off those activities in the Activities area first (or remove the activity with activity-remove).</source>
        <translation>
            <numerusform>%1 takes part in %n activity(ies) as a Stage 3 candidate, which rests on passing the workshop. Take them off those activities in the Activities area first (or remove the activity with activity-remove).</numerusform>
            <numerusform>%1 takes part in %n activity(ies) as a Stage 3 candidate, which rests on passing the workshop. Take them off those activities in the Activities area first (or remove the activity with activity-remove).</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcome recorded for %1&apos;s %2 is &quot;%3&quot;; &quot;%4&quot; says otherwise. Record the outcome again if it was wrong (outcome command, or Record Outcome on the scoring form), or give a written reason to override (advance --override, or the decision&apos;s Override field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection for &quot;%1&quot; is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen it in the Workshops area first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen it first with &quot;close-step FILE --workshop W --step %1 --reopen --reason TEXT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at &quot;%2&quot; and has not passed the workshop: only a candidate who passed it takes part in an activity as a Stage 3 candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at &quot;%2&quot;, no longer in Stage 3: they take part as a Stage 3 candidate only in an activity that began while they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took part in no workshop recorded in the file; the workshop&apos;s outcome is recorded for its participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; begins on %2: its outcome is recorded at or after the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not passed the workshop; the field assessment (Stage 3) follows it. Record the workshop&apos;s decision first (advance --to workshop_passed, or the Pipeline area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s first Stage 3 activity begins on %2; the field assessment&apos;s outcome is recorded once it has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes part in no Stage 3 activity yet; the field assessment is made in one. Record the activity first (activity-add with --participant NAME:stage3_candidate, or the Activities area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was decided &quot;%2&quot; on %3; an outcome &quot;%4&quot; contradicts it. Reverse that decision first if it was wrong (reverse command, or Reverse Latest… in the History tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a decision about the selected candidate (Enter on a card does the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and press Enter, to record a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n candidate(s)</source>
        <translation>
            <numerusform>%1, %n candidate</numerusform>
            <numerusform>%1, %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show the ways out of the pipeline that hold nobody now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected candidate&apos;s sheet or letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineColumnModel</name>
    <message>
        <source>commitment missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineStep</name>
    <message>
        <source>Stage 1, selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2, the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3, assessment in activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineText</name>
    <message>
        <source>No workshop matches &quot;%1&quot;. Run &quot;workshops FILE&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several workshops; give one of their ids:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pool</name>
    <message>
        <source>Could not read the activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read who took part in the activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the appraisals of the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity is no longer in the file; someone may have removed it. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s Stage 3 appraisal in this activity has scores; they stay in it as a Stage 3 candidate. Correct the other details, or keep the activity as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save who takes part in the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove who took part in the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the periods of unavailability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the period of unavailability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period of unavailability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of unavailability is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the period of unavailability.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolCommand</name>
    <message>
        <source>List the accredited advisors with the weeks of their commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln advisor(s); weeks counted as: %1.</source>
        <translation>
            <numerusform>%Ln advisor; weeks counted as: %1.</numerusform>
            <numerusform>%Ln advisors; weeks counted as: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln leave(s) the pool in the next six months.</source>
        <translation>
            <numerusform>%Ln leave the pool in the next six months.</numerusform>
            <numerusform>%Ln leaves the pool in the next six months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolCommands</name>
    <message>
        <source>--%1 is required: give a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity matches &quot;%1&quot;. Run &quot;activities FILE&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several activities; give one of their ids:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>Accredited advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare the selected advisor unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the unavailability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave, duties at home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find who is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the planned activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the planned activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the planned activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of the planned activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics of the planned activity, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Who Is Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available advisors, best fit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisors not available, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Available, best fit first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active of %2 accredited; %3 leave the pool in the next six months. Weeks counted as: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available, %2 not, for %3 – %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the advisor in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared unavailability of the selected advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods the selected advisor declared unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dates and reason into the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared &amp;periods (select one to edit or withdraw it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the unavailability %1 declared from %2 until %3 (%4)? The search for who is free counts them free on those days again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw unavailability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the officer&apos;s copy of the file, open for editing, records this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an advisor first: the list above names who is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected advisor is unavailable on these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of the declared periods first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolRoster</name>
    <message>
        <source>Pool roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accredited advisor(s)</source>
        <translation>
            <numerusform>%n accredited advisor</numerusform>
            <numerusform>%n accredited advisors</numerusform>
        </translation>
    </message>
    <message>
        <source>IPR Technical and Operational Advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool of accredited advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each advisor is available for up to %1 weeks over the three years after their accreditation. Weeks counted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks used / 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been accredited yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolState</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolTableModel</name>
    <message>
        <source>%1 – %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>The assessment sheet of one candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANDIDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --workshop: the sheets of every participant, each on a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --workshop: the participant list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster of the pool of accredited advisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank sheets, for scoring by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate code instead of the name, administration and country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blank and --anonymous apply to assessment sheets only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF file to write with -o OUT.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written.</source>
        <translation>
            <numerusform>%1: %n page written.</numerusform>
            <numerusform>%1: %n pages written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write assessment sheets, a participant list, a workshop&apos;s results, the round summary or the pool roster as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --workshop: the workshop&apos;s Stage 2 results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round summary: of the whole file, or with --workshop of its applicants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to print: --sheet CANDIDATE, --workshop W --sheets, --workshop W --participants, --workshop W --results, --summary or --roster (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheets, --participants and --results need --workshop W.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: this computer&apos;s setting, A4 unless changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintMenus</name>
    <message>
        <source>Open a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a candidate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment-sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank-sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymised Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymised-sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result-letter.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment-sheets.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank-sheets.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymised Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymised-sheets.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant-list.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result &amp;Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool-roster.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2 &amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage-2-results.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round-summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSection</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSource</name>
    <message>
        <source>The workshop is no longer in the file. Reload and choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds a seat in &quot;%1&quot; yet: there is no sheet to print. Give the participants their seats first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result letter for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters are written in English (en) or French (fr), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of this candidate was erased: there is no name or address left to write a letter to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands at &quot;%2&quot;, which no result letter announces. Letters exist for: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, adopted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate meets every hard requirement and at least %1 of the %2 counted criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the competence profile: its rating scale, groups, criteria and their kinds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>not considered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not considered: no submitted scores and no consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not proposed: %1; selecting them needs an override with a written reason (advance FILE CANDIDATE --to selected --override TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingCommand</name>
    <message>
        <source>Rank a workshop&apos;s applicants for Stage 1 against its seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workshop with --workshop W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop has no applicants yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advantages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tied for the last seat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer competing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 seats; totals of counted criteria and advantages, each the officer&apos;s consensus where recorded (%3 values), else the mean of the submitted ratings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsTable</name>
    <message>
        <source>The CSV reader could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid CSV near row %2: a quotation mark is out of place or never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; must hold a subject, a rater and a rating (a number), separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSealText</name>
    <message>
        <source>Could not read the file&apos;s layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no key to seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not seal the changed records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the file for sealing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not seal the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the records&apos; seals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record %2 of candidate &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added outside Accreditation Desk: the audit trail has no record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed outside Accreditation Desk: it no longer matches the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed outside Accreditation Desk: the audit trail says it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) changed outside Accreditation Desk.</source>
        <translation>
            <numerusform>… and %n more record changed outside Accreditation Desk.</numerusform>
            <numerusform>… and %n more records changed outside Accreditation Desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>The records&apos; seals do not match the audit trail&apos;s last entry: records and their seals were changed outside Accreditation Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 records could not be read (%2): that part of the file is damaged. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>East and Southern Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West and Central Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North of Africa, Near and Middle East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia/Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Americas and the Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Write a new file from a backup, after checking the backup. Never replaces a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file to write (it must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultLettersDialog</name>
    <message>
        <source>Result Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision the letters tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each candidate&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates who receive the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the letter (kept in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the text edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Built-in Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Letters and E-mail Drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of this workshop stands at &quot;%1&quot;: there is no letter to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited in this file by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as Informed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by (kept in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person who signs the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody named: the letters are signed by the WCO Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the person who signs the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Si&amp;gnatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n e-mail draft(s).</source>
        <translation>
            <numerusform>%1, with %n e-mail draft.</numerusform>
            <numerusform>%1, with %n e-mail drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written</source>
        <translation>
            <numerusform>%n letter written</numerusform>
            <numerusform>%n letters written</numerusform>
        </translation>
    </message>
    <message>
        <source>These candidates had already been recorded as informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record the %n candidate(s) not yet told as informed by letter today?</source>
        <translation>
            <numerusform>Record the %n candidate not yet told as informed by letter today?</numerusform>
            <numerusform>Record the %n candidates not yet told as informed by letter today?</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a Decision &amp;with Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of this workshop stands at &quot;%1&quot;: there is no letter to write for it. Choose another decision above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of this workshop has a decision to be told yet: record the decisions on the workshop&apos;s board (Workshops area), then write their letters here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>Show a workshop&apos;s Stage 2 results: each participant&apos;s ratings on its criteria, the consensus and the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSHOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: Stage 2 results, %n participant(s); submitted ratings on the workshop&apos;s own criteria.</source>
        <translation>
            <numerusform>&quot;%1&quot;: Stage 2 results, %n participant; submitted ratings on the workshop&apos;s own criteria.</numerusform>
            <numerusform>&quot;%1&quot;: Stage 2 results, %n participants; submitted ratings on the workshop&apos;s own criteria.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop has no criteria of its own; add them with workshop-criteria FILE W --add NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has taken part yet: the participants are those confirmed for the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3. Outcome: %4. Decision: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other assessors&apos; ratings and the consensus show once you submit your own form of this candidate (submit FILE CANDIDATE --reviewer YOU).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseCommand</name>
    <message>
        <source>Reverse a candidate&apos;s latest decision with a new one (history is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the decision is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decision to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFile</name>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name for the review file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer recorded in the file can have a review file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the review file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file &quot;%1&quot; is damaged; ask the reviewer for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file &quot;%1&quot; holds something Accreditation Desk did not create; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the review file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file does not say whose it is or for which file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file is open read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review file holds only its own reviewer&apos;s scores; another reviewer&apos;s scores cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This score was changed elsewhere (another window?) after you opened it; reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file is open read-only; nothing was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate every criterion before submitting; %n still unrated: %1.</source>
        <translation>
            <numerusform>Rate every criterion before submitting; %n still unrated: %1.</numerusform>
            <numerusform>Rate every criterion before submitting; %n still unrated: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not submit the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file is open read-only; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the conflict of interest is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the conflict of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the review file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file&apos;s revision &quot;%1&quot; is not a count; ask the reviewer for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was scored elsewhere (another window?) after you opened it; reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring the review file to this version&apos;s layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted your scores of this candidate in %1; submitted scores are final and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already submitted your scores of this candidate in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file &quot;%1&quot; names a round &quot;%2&quot; that Accreditation Desk does not know: it was edited outside the application. Nothing was read from it; ask the reviewer for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewInitCommand</name>
    <message>
        <source>Make your review file for a shared file (reviewers): your scores go there, never into the shared file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared Accreditation Desk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file to make (it must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer recorded in the file can make a review file; you are recorded as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the review file %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>%1 is not recorded as a reviewer; record their role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest about %2 and cannot review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is from %2, the administration of %3: a conflict of interest. Assign another reviewer, or record why this one may review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of %3 reviewers: no other reviewer is free of a conflict and under the limit of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerAgreement</name>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be computed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rated twice by the same rater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subject has two ratings or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs at least two subjects rated by the same number of raters; there are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every subject needs at least two ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every subject needs a count for each category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every subject needs the same number of ratings (%1 and %2 found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rating falls in the same category, so agreement by chance is complete and kappa is undefined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs at least two raters; there are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs at least two subjects rated by all %1 raters; %2 of %3 are. Krippendorff&apos;s alpha works with missing ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs at least two subjects and two raters; there are %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every subject needs a rating from every rater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rating is the same, so there is no variance to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variance between subjects and the error cancel out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be computed: no subject has two ratings or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be computed: every rating is the same, so no disagreement is expected by chance either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substantial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative conclusions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerCommand</name>
    <message>
        <source>The shared Accreditation Desk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, the reviewer (account or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review file (by default ACCOUNT.review beside FILE, made when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: &quot;%1&quot; writes a review file but does not declare it (Command::declareReviewWrites).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerWork</name>
    <message>
        <source>%1&apos;s scores are theirs alone: only %1 records them, in their own review file. The officer records a consensus instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer recorded in the file scores candidates; you are recorded as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made for another accreditation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2&apos;s review file; a reviewer&apos;s scores are theirs alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declared a conflict of interest about this candidate; you cannot score them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate is not assigned to you in %1; the officer assigns reviewers to candidates per round (assign --round).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer&apos;s scores are theirs alone: only they clear them, in their own review file. The officer clears a consensus instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not rated in your form of %2; nothing to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted your scores of this candidate in %1; submitted scores are final and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewersCommand</name>
    <message>
        <source>Nobody recorded in the file is &quot;%1&quot;; `people FILE` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reviewers with the candidates assigned to them, submitted and declared conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundSummary</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every candidate of the file (archived candidates left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicants of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundSummarySheet</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPR Technical and Operational Advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each candidate counts once, for how far they went by the decisions that stand: a reversed decision counts for nothing; a candidate who withdrew keeps what they reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundSummaryView</name>
    <message>
        <source>Breakdown of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the round summary with every breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round-summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Each candidate counts once, for how far they went by the decisions that stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleDataBanner</name>
    <message>
        <source>&lt;b&gt;Sample data&lt;/b&gt; — the candidates of this demo are fictional. Create your own file for your real candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Your Own File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaText</name>
    <message>
        <source>Could not upgrade the file to format %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the file format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file&apos;s layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the workshops&apos; seats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>A score must name its reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score must name its candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score must name its criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating goes from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the criterion before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score must say when it was last changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment or evidence is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 4; hard requirements 0 (not met) or 1 (met).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rating rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one of your scores of a candidate in your review file (reviewers); a draft until you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion&apos;s key, as `profile --json` lists them; &quot;workshop:KEY&quot; for a workshop&apos;s own, &quot;activity:ID&quot; for a Stage 3 appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round of the criterion (workshop for &quot;workshop:KEY&quot;, field_assessment for &quot;activity:ID&quot;, else selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored %1 on &quot;%2&quot; in %3: %4 (draft; %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear your rating of the criterion instead (a draft only; the comment and evidence stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --rating N or --clear, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --reviewer R, --criterion KEY and --rating N (a whole number from 0 to %1), or --clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared your rating of %1 on &quot;%2&quot; in %3 (draft; %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <source>&quot;%1&quot; is not valid CSV: a quotation mark in row %2 is out of place or never closed. Correct the row and import again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty. Its first row must name the columns: candidate, criterion, rating (and comment), or candidate and a column per criterion (`scores-template` makes one); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; names no &quot;candidate&quot; column. The first row names the columns: candidate, criterion, rating (and comment), or candidate and a column per criterion (`scores-template` makes one); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; names a &quot;criterion&quot; column but no &quot;rating&quot; column; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no name; name the criterion it rates (its code on the blank sheet) or delete the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is there twice (columns %1 and %2); keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells, the header %2 columns; a comma too many?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a round; write selection (1), workshop (2) or field_assessment (3), as the blank sheet gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is of %1, the rows above of %2; a sheet holds one round&apos;s ratings: put each round on a sheet of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row gives ratings but no candidate; write the candidate&apos;s code from the blank sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has a comment but no rating; give the rating with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row names no candidate; write the candidate&apos;s code from the blank sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row names no criterion; write the criterion&apos;s code from the blank sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresGridModel</name>
    <message>
        <source>%1&apos;s form has no &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Code: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted your form of %1: it is read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cell there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted your form of %1; submitted scores are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change these ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rating; type a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cell where the block starts, then paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The block is larger than the grid from this cell (%n row(s) by %1 column(s)); nothing was pasted.</source>
        <translation>
            <numerusform>The block is larger than the grid from this cell (%n row by %1 column); nothing was pasted.</numerusform>
            <numerusform>The block is larger than the grid from this cell (%n rows by %1 columns); nothing was pasted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of the block, column %2: %3 Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresGridView</name>
    <message>
        <source>Assessment round of the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings of the workshop&apos;s candidates, a row per candidate and a column per criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the grid says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus ratings; you may read them here, not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop above to rate its candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate of this workshop is assigned to you; the officer assigns them in the Reviewers tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no applicants yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate holds a seat of this workshop yet; %1 rates those who do (Workshops tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) saved.</source>
        <translation>
            <numerusform>%n rating saved.</numerusform>
            <numerusform>%n ratings saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>the ratings typed in the Scores Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n Rating(s)</source>
        <translation>
            <numerusform>&amp;Save %n Rating</numerusform>
            <numerusform>&amp;Save %n Ratings</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ratings of the candidates assigned to you, saved as drafts in your review file. Type 0–4 in a cell (hard requirements 0 or 1), Delete to empty it, paste a block from a spreadsheet, then Save Ratings; submit each form from the candidate&apos;s Assessment tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus ratings of the workshop&apos;s candidates. Type 0–4 in a cell (hard requirements 0 or 1), Delete to empty it, paste a block from a spreadsheet, then Save Ratings; a cell&apos;s tooltip gives the level&apos;s descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresImportCommand</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import many ratings from a CSV sheet, into your review file (reviewers, --review) or as the consensus (officers, --consensus). Nothing is imported while a row is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratings: UTF-8 CSV, long (columns candidate, criterion, rating, comment) or wide (candidate, then a column per criterion), as `scores-template` makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review file: the ratings become your drafts there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the ratings as the officer&apos;s consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse any candidate who is not an applicant of W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sheet and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round the sheet&apos;s &quot;round&quot; column names, else selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the ratings go: --review REVIEW (your own form) or --consensus (the officer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review file &quot;%1&quot;; make yours with `review-init FILE %1` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sheet of %2, but --round asks for %3; nothing was imported. Import it with --round %4 (or leave --round out), or make a sheet of %3 with `scores-template --round %5`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported. Correct them and run scores-import again.</source>
        <translation>
            <numerusform>%n row refused; nothing was imported. Correct them and run scores-import again.</numerusform>
            <numerusform>%n rows refused; nothing was imported. Correct them and run scores-import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n rating(s) would be imported; nothing was written.</source>
        <translation>
            <numerusform>Dry run: %n rating would be imported; nothing was written.</numerusform>
            <numerusform>Dry run: %n ratings would be imported; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n row refused; nothing was imported.</numerusform>
            <numerusform>%n rows refused; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings of %1 from %2 saved in your review file %3: %4 new or changed, %5 as they were (drafts; `submit` each candidate&apos;s form when it is complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus ratings of %1 from %2 recorded: %3 new or changed, %4 as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresTemplateCommand</name>
    <message>
        <source>Write a workshop&apos;s blank scoring sheet as CSV, with the codes scores-import reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row per candidate and a column per criterion (by default a row per candidate and criterion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review file: only the candidates assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the candidates&apos; names out: codes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workshop with --workshop W and the file to write with -o OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the blank sheet of %1, %2, to %3: %4 candidate(s), %5 criteria. Fill in the ratings and import it with `scores-import`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Scores&lt;/b&gt; (%Ln)</source>
        <translation>
            <numerusform>&lt;b&gt;Scores&lt;/b&gt; (%Ln)</numerusform>
            <numerusform>&lt;b&gt;Scores&lt;/b&gt; (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours, not yet imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <source>Workshop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3 appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part in every discussion, listens, builds on others&apos; points and brings in their own administration&apos;s experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with the group towards its result, takes a fair share of the work and helps others to contribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presents clearly and within time, adapts to the audience and answers questions with sound knowledge of IPR enforcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s form of %2 has no criterion &quot;%1&quot;; `profile FILE --json` lists the profile&apos;s keys, a workshop&apos;s criteria are &quot;workshop:KEY&quot; (Stage 2 only), an activity appraisal &quot;activity:ID&quot; (Stage 3 only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringFormView</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a &amp;Conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate to see their scoring form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores of %1 (drafts until you submit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores of %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus on %1, apart from the reviewers&apos; own scores (shown beside each criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus on %1 (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer&apos;s rating to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes you unable to judge this candidate fairly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step of the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outc&amp;ome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your scores of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consensus on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted your scores of this candidate in this round; they are final.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>hard requirements met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard requirements not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 counted criteria met, more than %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 counted criteria met, not more than %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening must name its candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give how many counted criteria the profile has (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria met must be between 0 and %1, the number of counted criteria.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningCheck</name>
    <message numerus="yes">
        <source>%n year(s) in Customs; at least %1 needed.</source>
        <translation>
            <numerusform>%n year in Customs; at least %1 needed.</numerusform>
            <numerusform>%n years in Customs; at least %1 needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>education not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 university level); %n year(s) in public administration (at least %3 needed otherwise).</source>
        <translation>
            <numerusform>%1 (%2 university level); %n year in public administration (at least %3 needed otherwise).</numerusform>
            <numerusform>%1 (%2 university level); %n years in public administration (at least %3 needed otherwise).</numerusform>
        </translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English at level %1; proficient means C1, C2 or native.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English level given; proficient means C1, C2 or native.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s data do not answer this requirement; the officer judges it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus %1: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus %1: not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median of %n submitted score(s) %1: met</source>
        <translation>
            <numerusform>Median of %n submitted score %1: met</numerusform>
            <numerusform>Median of %n submitted scores %1: met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median of %n submitted score(s) %1: not met</source>
        <translation>
            <numerusform>Median of %n submitted score %1: not met</numerusform>
            <numerusform>Median of %n submitted scores %1: not met</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assessed yet: not counted as met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-check found the hard requirements met; say why you judge them not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-check found a hard requirement not met; say why you judge them met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be judged from the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningCheckView</name>
    <message>
        <source>Stage 1 pre-check, criterion by criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judge the hard requirements otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the hard requirements otherwise than the pre-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or note for the screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (needed to judge otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of counted criteria to exceed, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the profile&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the counted criteria must be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting of the competence profile, for every candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate to see the pre-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard requirements (from the candidate&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted criteria (from the consensus, else the submitted scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-check: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard requirements judged otherwise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningCommand</name>
    <message>
        <source>The candidate (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the hard requirements are met: met or not-met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted criteria met, of how many, as N/M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note kept with the screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hard must be met or not-met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--counted must be N/M, e.g. 5/7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening of %1 recorded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a candidate&apos;s Stage 1 screening against the profile: by hand, or the pre-check computed from their data and the assessment (--check shows it, --confirm records it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pre-check: each hard requirement judged from the candidate&apos;s data, each counted criterion from the consensus or the submitted scores. Records nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the pre-check as the screening; with --hard and --reason to override its finding on the hard requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --check to see the pre-check or --confirm to record it, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the pre-check, --hard goes with --confirm and is met or not-met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-check counts the criteria itself; --counted is for a screening by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-check of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening of %1 recorded from the pre-check: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the hard requirements are judged otherwise than the pre-check, or than the candidate&apos;s data say.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndexText</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPR experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the search index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in the search index do not lead to their candidate.</source>
        <translation>
            <numerusform>%n field in the search index do not lead to their candidate.</numerusform>
            <numerusform>%n fields in the search index do not lead to their candidate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached document(s) are not found by the search.</source>
        <translation>
            <numerusform>%n attached document are not found by the search.</numerusform>
            <numerusform>%n attached documents are not found by the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n search row(s) lead to a candidate they do not belong to.</source>
        <translation>
            <numerusform>%n search row lead to a candidate they do not belong to.</numerusform>
            <numerusform>%n search rows lead to a candidate they do not belong to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document text(s) in the search index belong to no document.</source>
        <translation>
            <numerusform>%n document text in the search index belong to no document.</numerusform>
            <numerusform>%n document texts in the search index belong to no document.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the search index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectCommand</name>
    <message>
        <source>Propose the best participants for a workshop&apos;s seats, with reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most K from one administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least N of a gender (%1) where the pool allows; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G=N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least N from a region (%1) where the pool allows; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R=N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workshop with --workshop W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-per-administration must be a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal for &quot;%1&quot; (nothing is recorded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not considered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each decision through the pipeline with its reason (&quot;advance FILE CANDIDATE --to selected --reason TEXT&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionHelper</name>
    <message>
        <source>A workshop has 1 to %1 seats; %2 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit per administration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minimum per gender cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minimum per region cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of gender &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection could not be solved; this is a bug, please report it with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would make %1 from %2, limit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds nothing to the total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picks with lower totals are needed to meet %1 (e.g. %2, total %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same total %1 as the last pick, %2: either fits; decide between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower total %1 than the last pick %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every set with them scores lower under the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked: total %1, rank %2 of %3 by total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead of higher totals, to meet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 seats proposed, total %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool holds only %1 eligible candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules leave no other candidate who could take a seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 from one administration: respected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 %2 asked; the eligible pool can supply %3 (with the other limits), so the minimum is lowered to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 %2 cannot be met together with the other rules: %3 proposed, the fewest places short overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 %2: met, %3 proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2, picked with the same total %3, is needed to meet %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionView</name>
    <message>
        <source>Stage 1 ranking against the seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking against the seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advantages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria of the candidate chosen in the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics of each criterion of the chosen candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer agreement in this workshop (submitted ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band, or why not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: Landis &amp; Koch (1977) for kappa, Koo &amp; Li (2016) for ICC, Krippendorff&apos;s 0.667 / 0.800 for alpha. A subject is one criterion of one candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many from one administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most per &amp;administration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least, where the pool allows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many of gender %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ropose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the best set under these constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a decision for the candidate chosen in the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper only proposes. Each decision goes through the pipeline, with its reason, and the candidate is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking, agreement and selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop above to rank its applicants against its seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, seats: %2. Each total adds up the counted criteria and advantages of the profile: the officer&apos;s consensus where one is recorded, otherwise the mean of the reviewers&apos; submitted ratings. Hard requirements gate and do not rank; the workshop&apos;s own criteria are assessed at the workshop, after this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer competing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tied for the last seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a candidate in the ranking to see each criterion&apos;s ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: a hard requirement gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: not a Stage 1 criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: submitted ratings only; the standard deviation is the population one (divided by n). Reviewers disagree when %2 levels apart or more; criteria where they do: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (subjects left out: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reviewer agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these figures as a spreadsheet (XLSX) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>Show the file&apos;s settings, or change them (officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many automatic daily backups to keep beside the file (1 to 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How part weeks count towards an advisor&apos;s twelve weeks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week-counting is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks of the commitment counted as: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the result letters (an empty value clears it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatory&apos;s title, printed under their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters signed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters signed by: nobody named (the WCO Secretariat alone); set with --signatory-name NAME --signatory-title TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years after a candidate&apos;s last decision when data kept without consent is due for erasure (1 to 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years data is kept without consent after a candidate&apos;s last decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which candidates reviewers see: assigned (theirs only) or all; never their contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned|all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rounds whose candidates reviewers see under a code, without name and administration: %1, comma-separated, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUND[,ROUND]|none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reviewers-see is assigned or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anonymise takes rounds among %1, comma-separated, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers see: all candidates, without contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers see: the candidates assigned to them, without contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised review: in no round; set with --anonymise ROUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open: open one (File &gt; Open) to see and change its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s settings are shown but cannot be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the file, for everyone who opens it. Each change is recorded in the file&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data retention period in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file for editing makes one backup a day in the folder &quot;%1&quot; beside it; older ones beyond this number are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;retention (years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years after their last decision when the data of candidates who did not consent to keep it is due for erasure (the list&apos;s &quot;Retention due&quot; filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisors&apos; commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How part weeks count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week counting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person who signs the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody named: the WCO Secretariat signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the person who signs the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by (&amp;name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under every result letter, whoever prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer for your account; the file and the people who share it are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at the next start of Accreditation Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the sheets, lists and letters printed or saved as PDF on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each working day from Monday to Friday counts one day; five make a week, so three days count 0.6 weeks. Weekends do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each calendar week with any day on an activity, weekends included, counts as a whole week: Thursday to Tuesday counts two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As working days, but a working day online counts half a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool counts every advisor&apos;s weeks with the rule chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which candidates reviewers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates assigned to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised review in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers &amp;see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised review in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers never see candidates&apos; e-mail, phone or date of birth. In an anonymised round they see a code instead of the name, administration, nationality and position, as on the anonymised sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source> &gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the window)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlConnectionText</name>
    <message>
        <source>Could not open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the file for use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>Someone else is saving to the file right now. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can only be read here (%1). Ask the officer who edits it, or check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (%1). Stop working in it and restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Check that the folder is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file refused a value that breaks its rules (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: the disk may be full, a quota or size limit reached, or the network share gone (%1). Nothing was saved; free some space or check the connection, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A save to the file was interrupted; its journal (the file of the same name ending in &quot;-journal&quot;) lies beside it. Do not copy, move or replace either file, and do not open it with other tools: the officer who edits it should open it for editing in Accreditation Desk, which checks that the journal belongs to the file before completing the save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed for the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not pass the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDecision</name>
    <message>
        <source>A decision must name its candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate is already at the stage &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the decision; it is kept with the candidate&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision must say who took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision must say when it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the date and the way the candidate was informed, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate cannot be informed before the decision was taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>You can only read this file: you may not write to it or to its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an older file format (%2). Open it once for editing, where you may write to it, so that it can be backed up and upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2). It was left untouched; restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a journal mode that is unsafe on shared folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds something Accreditation Desk did not create (%2), which could run hidden commands. It was left untouched; restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not upgraded because its backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name, or open the existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing record in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file format version is not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not carry the Accreditation Desk application id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the competence profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an older file format; an officer of the file must open it once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1) are not recorded in this file, so you can only read it. Ask an officer to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are recorded as %1 in this file, so you can only read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. A restore writes a new file; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not name the restored file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the people of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the file&apos;s officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing this file on %2 (since %3); you can read it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else holds the editing of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer who may write to the file can take over editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else took over editing meanwhile (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again; editing was not taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer can change the file. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no identity recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over editing on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only read the file now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; you can only read the file now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a journal beside it left by a save that was interrupted, and completing it did not leave a sound file (%2). The file and the journal were put back as they were; restore the latest backup under another name and keep both for your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; says it is in file format %2, but its tables are those of format %3: its format number was changed outside Accreditation Desk. It was left untouched; restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Accreditation Desk file of format %2 whose layout is damaged (%3). It was left untouched; restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read whole: the disk or the network share failed while reading it. Nothing was changed; open it again, and if this keeps happening, check the connection or copy the file to a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until you submit your own scores of this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; ends at audit entry %2, which this file&apos;s history no longer holds: its history was rewritten after the backup was made, or the file was replaced by another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document (%1) no longer has the bytes it was stored with: its content was changed or damaged. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 no longer has the bytes it was stored with: its content was changed or damaged. Restore the latest backup, or attach the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full-text search data is damaged (%1): searches may miss candidates. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of &quot;%1&quot; no longer holds what this computer saw of it: entry %2 of its audit trail was %3. Its history was rewritten outside Accreditation Desk, or an older copy replaced the file. Compare it with its backups; once you know why, run `accreditation-desk-cli check FILE --accept-history` to stop this warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshops&apos; steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s data say a hard requirement is not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To judge otherwise, write why in the screening&apos;s note and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To judge otherwise, give --reason TEXT saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was editing this file on %2 but shows no sign of life since %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read it, or take over editing if they have stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they have stopped, take over editing with &quot;accreditation-desk-cli takeover %1&quot;, then run your command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table of the documents&apos; contents is damaged (%1): some documents can no longer be read. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search data could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the applications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit your scores of a candidate (reviewers): final, and then you see the other reviewers&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the reviewer with --reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted your scores of %1 in %2; the officer imports them from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Show how many applied, were selected, passed the workshop and were accredited, by region, gender and administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the applicants of this workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this breakdown: region, gender or administration (all three when left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes region, gender or administration, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round summary: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeoverCommand</name>
    <message>
        <source>Take over the editing of a file from someone who shows no sign of life for two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else holds the editing of this file; there is nothing to take over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over editing from %1 (no sign of life since %2). Run your command again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextExtractor</name>
    <message>
        <source>The document holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture: its words cannot be searched without text recognition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old Word format (.doc) is not read; attach it as DOCX, ODT or PDF to make it searchable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of type %1 are not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextOutcome</name>
    <message>
        <source>Text indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text layer (scan or picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text not readable from this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToInformCommand</name>
    <message>
        <source>List the candidates still to be told of a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every candidate has been told of every decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier not told)</source>
        <translation>
            <numerusform>(%n earlier not told)</numerusform>
            <numerusform>(%n earlier not told)</numerusform>
        </translation>
    </message>
    <message>
        <source>now at &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unavailability</name>
    <message>
        <source>Choose the advisor who is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day the advisor is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day the advisor is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts; check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the advisor is unavailable (leave, duties at home).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Accreditation Desk User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched again from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched again from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekCounting</name>
    <message>
        <source>Working days (five make a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A started week counts as a whole week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days, a day online counting half</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Accreditation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accreditation of WCO IPR Technical and Operational Advisors, from the application to the pool, in one file that you keep. Create a file, open one, or try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty file for your own call: its candidates, workshops, reviewers and advisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file (.accred) that you or a colleague already keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data to try the program: the Kashiwa 2023 workshop and fourteen fictional candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file opened yet: the files you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholeFileCheck</name>
    <message>
        <source>&quot;%1&quot; could not be read whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged in a part that opening the file does not read. Nothing more can be saved to it. %2

What was found: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup (File &gt; Restore from Backup…) and open the restored file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;accreditation-desk-cli check %1&quot; for the whole report, then restore the latest backup with &quot;accreditation-desk-cli restore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title or venue is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day of the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop lasts between 1 and 14 days (the call plans four).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop takes between 1 and %1 participants; the call limits it to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessor in the list has no name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopAddCommand</name>
    <message>
        <source>Add an accreditation workshop (four days, 10 seats by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VENUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WCO region: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats, at most 10 (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessor; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start must be a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;, %2 to %3, %4 seats (%5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopCriteriaCommand</name>
    <message>
        <source>List a workshop&apos;s own assessment criteria, or add, rename or remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion named NAME at the end of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the criterion with this key or name; its scores stay in the file but leave the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY_OR_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name or description of the criterion with this key or name; it keeps its key and its scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name (with --rename).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a reviewer looks for (with --add or --rename).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;accreditation-desk-cli workshop-criteria --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One change a call: give only one of --add, --remove and --rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name goes with --rename (with --add, the name is --add&apos;s value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--description goes with --add or --rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rename needs --name, --description or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (key %2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several criteria of %1 are named &quot;%2&quot;; give the key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no criterion &quot;%2&quot;. Run &quot;workshop-criteria FILE WORKSHOP&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed &quot;%1&quot; from %2; the %n score(s) given under it stay in the file but leave the form.</source>
        <translation>
            <numerusform>Removed &quot;%1&quot; from %2; the %n score given under it stay in the file but leave the form.</numerusform>
            <numerusform>Removed &quot;%1&quot; from %2; the %n scores given under it stay in the file but leave the form.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed &quot;%1&quot; (key %2) of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no criteria of its own: its participants are scored on the competence profile only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopCriteriaView</name>
    <message>
        <source>The workshop&apos;s own criteria, in the order of the scoring form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short, as the scoring form shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a reviewer looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a reviewer must see to rate this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to loo&amp;k for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected criterion up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected criterion down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workshop&apos;s criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop to see the criteria its participants are scored on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria this workshop&apos;s participants are scored on, after the competence profile&apos;s. This session only reads the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria this workshop&apos;s participants are scored on, after the competence profile&apos;s, in this order. Changes reach the scoring forms when saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) were already given under &quot;%1&quot;. Once the criteria are saved, those scores leave the scoring form; they stay in the file. Remove it?</source>
        <translation>
            <numerusform>%n score were already given under &quot;%1&quot;. Once the criteria are saved, those scores leave the scoring form; they stay in the file. Remove it?</numerusform>
            <numerusform>%n scores were already given under &quot;%1&quot;. Once the criteria are saved, those scores leave the scoring form; they stay in the file. Remove it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>New Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call allows at most %1 participants a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessors (one a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopEditCommand</name>
    <message>
        <source>Change a workshop&apos;s title, dates, venue, region, seats or assessors (officers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VENUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WCO region: %1 (an empty value leaves it unsaid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats, at most 10, never fewer than the seats taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessor; repeat for several. Replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties the list of assessors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give what to change with --title, --start, --venue, --region, --capacity, --days or --assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --assessor or --no-assessors, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;, %2 to %3, %4 seats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopResults</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, informed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, not yet informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopResultsSheet</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted ratings on the workshop&apos;s own criteria, 0 to 4; the mean of the assessors&apos; ratings; the officer&apos;s consensus where recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others&apos; ratings and the consensus show once your own form is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has taken part yet: the participants are those confirmed for the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopResultsView</name>
    <message>
        <source>Print Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the workshop&apos;s Stage 2 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2 Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage-2-results.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop above to see its Stage 2 results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s): each assessor&apos;s submitted rating on the workshop&apos;s own criteria (0 to 4), their mean, and the consensus where recorded.</source>
        <translation>
            <numerusform>%n participant: each assessor&apos;s submitted rating on the workshop&apos;s own criteria (0 to 4), their mean, and the consensus where recorded.</numerusform>
            <numerusform>%n participants: each assessor&apos;s submitted rating on the workshop&apos;s own criteria (0 to 4), their mean, and the consensus where recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has taken part yet: the participants are those confirmed for the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop has no criteria of its own: add them in the Criteria tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others&apos; ratings hidden until you submit your form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>Could not read the workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the workshop&apos;s seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) hold a seat in &quot;%1&quot;; the capacity cannot be less. Hand seats back first (waitlist or withdraw, with a reason).</source>
        <translation>
            <numerusform>%n participant hold a seat in &quot;%1&quot;; the capacity cannot be less. Hand seats back first (waitlist or withdraw, with a reason).</numerusform>
            <numerusform>%n participants hold a seat in &quot;%1&quot;; the capacity cannot be less. Hand seats back first (waitlist or withdraw, with a reason).</numerusform>
        </translation>
    </message>
    <message>
        <source>the workshop &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the workshop&apos;s criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this workshop&apos;s criteria after you read them; nothing was saved. Look at them again and make your change on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workshop criterion needs a key without &apos;:&apos; and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion key &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the scores of the workshop&apos;s criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshops&apos; seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at &quot;%2&quot;: their seat is handed back by a decision (waitlisted, not selected or withdrawn), with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not free the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a seat in &quot;%2&quot;: the application follows the seat. Hand the seat back first (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision in the Workshops area, or Hand Seat Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;advance&quot; with a reason, or &quot;enrol --none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop applied to is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsCommand</name>
    <message>
        <source>List the workshops with their seats taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshop shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate to enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nrol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a &amp;Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand Seat Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an applicant only; a selected candidate leaves by a decision, with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as &amp;Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, when closing with candidates still to be told, or when reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;Inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workshops and applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3 / %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: &lt;b&gt;%1 / %2&lt;/b&gt;, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;Inform (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop to close its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) were still to be told: %1</source>
        <translation>
            <numerusform>%n candidate were still to be told: %1</numerusform>
            <numerusform>%n candidates were still to be told: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open (reopened: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a candidate from the list first: type part of their name and pick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seat given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat not handed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the workshop&apos;s sheets, participant list or letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;lection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the seat back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back the seat of %1 in &quot;%2&quot;? They leave the workshop&apos;s participants and the seat becomes free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as informed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 was told of the decisions awaiting them, on %2 by %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of this workshop is waiting to hear from you. Each decision recorded on the board (selected, waitlisted, passed…) is listed here until you record how the candidate was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had applied to &quot;%2&quot;. A seat is in the workshop applied to, so the application moved to &quot;%3&quot; with the seat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransactionText</name>
    <message>
        <source>Could not start saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has %1 rows; a spreadsheet holds at most %2. Narrow it with filters, or export it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a temporary folder to write the spreadsheet in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the spreadsheet (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the spreadsheet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read back the spreadsheet just written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: accreditation-desk-cli COMMAND [OPTIONS] FILE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;accreditation-desk-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;accreditation-desk-cli --help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation of WCO IPR Technical and Operational Advisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the list of candidates is shown, to time start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to open; the welcome page when omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo file (sample data), creating it in the data folder if needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

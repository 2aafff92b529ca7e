<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccreditedAdvisor</name>
    <message>
        <source>%1 has left the pool (%2); they cannot lead or co-facilitate an activity.</source>
        <translation>%1 a quitté le vivier (%2)&#xa0;; cette personne ne peut ni diriger ni co-animer une activité.</translation>
    </message>
    <message>
        <source>%1&apos;s commitment runs from %2 to %3; &quot;%4&quot; falls outside it. Record their part as a voluntary extra, with the reason, or choose someone else.</source>
        <translation>L&apos;engagement de %1 court du %2 au %3&#xa0;; «&#xa0;%4&#xa0;» se situe en dehors de cette période. Enregistrez sa participation comme contribution volontaire supplémentaire, avec le motif, ou choisissez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would take %2 beyond the %3 weeks of their commitment (%4 weeks used, this activity counts %5). Record their part as a voluntary extra, with the reason, or choose someone else.</source>
        <translation>«&#xa0;%1&#xa0;» porterait %2 au-delà des %3 semaines de son engagement (%4 semaines utilisées, cette activité compte pour %5). Enregistrez sa participation comme contribution volontaire supplémentaire, avec le motif, ou choisissez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>%1 is not an accredited advisor; they can take part only as a Stage 3 candidate.</source>
        <translation>%1 n&apos;est pas un conseiller accrédité&#xa0;; cette personne ne peut participer qu&apos;en tant que candidat de l&apos;étape 3.</translation>
    </message>
</context>
<context>
    <name>ActivitiesCommand</name>
    <message>
        <source>List the activities of a file with who took part.</source>
        <translation>Lister les activités d&apos;un fichier avec leurs participants.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, voluntary extra</source>
        <translation>, contribution volontaire supplémentaire</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies).</source>
        <translation>
            <numerusform>%Ln activité.</numerusform>
            <numerusform>%Ln activités.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>On site or online</source>
        <translation>Sur place ou en ligne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <source>e.g. e-commerce, medicines</source>
        <translation>p. ex. commerce électronique, médicaments</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation>D&amp;emandée par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>T&amp;hèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Voluntary extra</source>
        <translation>Contribution volontaire supplémentaire</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation>Rôle de la personne à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the person as participant</source>
        <translation>Ajouter la personne comme participant</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Retirer le participant sélectionné</translation>
    </message>
    <message>
        <source>Commitment of the advisors taking part</source>
        <translation>Engagement des conseillers participants</translation>
    </message>
    <message>
        <source>&amp;New Activity</source>
        <translation>&amp;Nouvelle activité</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>&amp;Save Activity</source>
        <translation>Enre&amp;gistrer l&apos;activité</translation>
    </message>
    <message>
        <source>Save the activity</source>
        <translation>Enregistrer l&apos;activité</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>Part&amp;icipants&#xa0;:</translation>
    </message>
    <message>
        <source>Commitment of its &amp;advisors:</source>
        <translation>Engagement de &amp;ses conseillers&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No lead or co-facilitator from the pool yet.</source>
        <translation>Aucun responsable ni co-animateur du vivier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Activity not saved</source>
        <translation>Activité non enregistrée</translation>
    </message>
    <message>
        <source>Why does the advisor give this time as a voluntary extra?</source>
        <translation>Pourquoi le conseiller consacre-t-il ce temps à titre volontaire supplémentaire&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved: a voluntary extra needs its reason.</source>
        <translation>Non enregistré&#xa0;: une contribution volontaire supplémentaire doit être motivée.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>R&amp;emove Activity…</source>
        <translation>S&amp;upprimer l&apos;activité…</translation>
    </message>
    <message>
        <source>Remove the activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>Activity not removed</source>
        <translation>Activité non supprimée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 – %3)</source>
        <translation>«&#xa0;%1&#xa0;» (%2 – %3)</translation>
    </message>
    <message>
        <source>Not removed: removing %1 needs its reason.</source>
        <translation>Non supprimé&#xa0;: la suppression de %1 doit être motivée.</translation>
    </message>
    <message>
        <source>Remove the activity %1 and who takes part in it? The audit trail keeps what it held.</source>
        <translation>Supprimer l&apos;activité %1 et la liste de ses participants&#xa0;? Le journal d&apos;audit conserve ce qu&apos;elle contenait.</translation>
    </message>
    <message>
        <source>Remove Activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>the new activity</source>
        <translation>la nouvelle activité</translation>
    </message>
    <message>
        <source>the activity &quot;%1&quot;</source>
        <translation>l&apos;activité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The selected activity</source>
        <translation>L&apos;activité sélectionnée</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Give the activity a title.</source>
        <translation>Donnez un titre à l&apos;activité.</translation>
    </message>
    <message>
        <source>An activity on site needs the country where it takes place.</source>
        <translation>Une activité sur place doit indiquer le pays où elle se déroule.</translation>
    </message>
    <message>
        <source>Enter the first day of the activity.</source>
        <translation>Saisissez le premier jour de l&apos;activité.</translation>
    </message>
    <message>
        <source>Enter the last day of the activity.</source>
        <translation>Saisissez le dernier jour de l&apos;activité.</translation>
    </message>
    <message>
        <source>The activity ends before it starts; check the dates.</source>
        <translation>L&apos;activité se termine avant de commencer&#xa0;; vérifiez les dates.</translation>
    </message>
    <message>
        <source>The title or requesting administration is too long.</source>
        <translation>Le titre ou l&apos;administration demandeuse est trop long.</translation>
    </message>
    <message>
        <source>A topic in the list is empty; remove it or name it.</source>
        <translation>Un thème de la liste est vide&#xa0;; retirez-le ou nommez-le.</translation>
    </message>
    <message>
        <source>A participant has no person; choose one or remove the row.</source>
        <translation>Un participant n&apos;a pas de personne associée&#xa0;; choisissez-en une ou retirez la ligne.</translation>
    </message>
    <message>
        <source>The same person is listed twice; keep one role for them.</source>
        <translation>La même personne figure deux fois&#xa0;; ne lui gardez qu&apos;un seul rôle.</translation>
    </message>
    <message>
        <source>Time given as a voluntary extra needs its reason; enter why the advisor gives it.</source>
        <translation>Le temps consacré à titre de contribution volontaire supplémentaire doit être motivé&#xa0;; indiquez pourquoi le conseiller le donne.</translation>
    </message>
</context>
<context>
    <name>ActivityAddCommand</name>
    <message>
        <source>Record an activity and who takes part in it (officers).</source>
        <translation>Enregistrer une activité et ses participants (agents).</translation>
    </message>
    <message>
        <source>What the activity is: %1.</source>
        <translation>Nature de l&apos;activité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Premier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Dernier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Its title (by default made from the kind, place and date).</source>
        <translation>Son titre (par défaut formé à partir du type, du lieu et de la date).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>Where it takes place, on site.</source>
        <translation>Pays où elle se déroule, sur place.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The city, on site.</source>
        <translation>La ville, sur place.</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <source>It takes place online.</source>
        <translation>Elle se déroule en ligne.</translation>
    </message>
    <message>
        <source>Its working language.</source>
        <translation>Sa langue de travail.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>The administration that requested it.</source>
        <translation>L&apos;administration qui l&apos;a demandée.</translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation>ADMIN</translation>
    </message>
    <message>
        <source>A topic (repeat for several).</source>
        <translation>Un thème (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <source>Who takes part (id or name), and their role: %1 (co_facilitator when left out). Repeat for several.</source>
        <translation>Participant (identifiant ou nom) et son rôle&#xa0;: %1 (co_facilitator s&apos;il est omis). À répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>CANDIDATE[:ROLE]</source>
        <translation>CANDIDATE[:ROLE]</translation>
    </message>
    <message>
        <source>Record as voluntary extra, with REASON, the part of any advisor that goes beyond the twelve weeks of their commitment or outside its period; without it such a part is refused.</source>
        <translation>Enregistrer comme contribution volontaire supplémentaire, avec REASON, la participation de tout conseiller qui dépasse les douze semaines de son engagement ou sort de sa période&#xa0;; sans cette option, une telle participation est refusée.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>--kind is one of: %1.</source>
        <translation>--kind vaut l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give either --country (and --city) or --online, not both.</source>
        <translation>Indiquez soit --country (et --city), soit --online, mais pas les deux.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle&#xa0;; utilisez l&apos;un des rôles suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;, %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée, %2.</translation>
    </message>
    <message>
        <source>  %1, %2</source>
        <translation>  %1, %2</translation>
    </message>
    <message>
        <source> (voluntary extra: %1)</source>
        <translation> (contribution volontaire supplémentaire&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>ActivityEditCommand</name>
    <message>
        <source>Change an activity&apos;s title, kind, dates, place, language, topics or participants (officers only).</source>
        <translation>Modifier le titre, le type, les dates, le lieu, la langue, les thèmes ou les participants d&apos;une activité (agents uniquement).</translation>
    </message>
    <message>
        <source>The activity (id or words of its title).</source>
        <translation>L&apos;activité (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>Its title.</source>
        <translation>Son titre.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>What the activity is: %1.</source>
        <translation>Nature de l&apos;activité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Premier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Dernier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Where it takes place, on site.</source>
        <translation>Pays où elle se déroule, sur place.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The city, on site.</source>
        <translation>La ville, sur place.</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <source>It takes place online.</source>
        <translation>Elle se déroule en ligne.</translation>
    </message>
    <message>
        <source>It takes place on site (give --country).</source>
        <translation>Elle se déroule sur le terrain (indiquez --country).</translation>
    </message>
    <message>
        <source>Its working language.</source>
        <translation>Sa langue de travail.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>The administration that requested it.</source>
        <translation>L&apos;administration qui l&apos;a demandée.</translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation>ADMIN</translation>
    </message>
    <message>
        <source>A topic; repeat for several. Replaces the list.</source>
        <translation>Un thème&#xa0;; à répéter pour plusieurs. Remplace la liste.</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <source>Empties the list of topics.</source>
        <translation>Vide la liste des thèmes.</translation>
    </message>
    <message>
        <source>Nobody takes part any longer.</source>
        <translation>Plus personne n&apos;y participe.</translation>
    </message>
    <message>
        <source>Nothing to change: give what to change with --title, --kind, --from, --to, --country, --city, --online, --on-site, --language, --requested-by, --topic or --participant.</source>
        <translation>Rien à modifier&#xa0;: indiquez ce qu&apos;il faut modifier avec --title, --kind, --from, --to, --country, --city, --online, --on-site, --language, --requested-by, --topic ou --participant.</translation>
    </message>
    <message>
        <source>Give either --online or a place (--on-site, --country, --city), not both.</source>
        <translation>Indiquez soit --online, soit un lieu (--on-site, --country, --city), mais pas les deux.</translation>
    </message>
    <message>
        <source>Give either --topic or --no-topics, not both.</source>
        <translation>Indiquez soit --topic, soit --no-topics, mais pas les deux.</translation>
    </message>
    <message>
        <source>Give either --participant or --no-participants, not both.</source>
        <translation>Indiquez soit --participant, soit --no-participants, mais pas les deux.</translation>
    </message>
    <message>
        <source>Nothing was changed for &quot;%1&quot;: %2</source>
        <translation>Rien n&apos;a été modifié pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;, %2.</source>
        <translation>Activité «&#xa0;%1&#xa0;» enregistrée, %2.</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Capacity building</source>
        <translation>Renforcement des capacités</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Assistance technique</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Stage 3 assessment</source>
        <translation>Évaluation de l&apos;étape 3</translation>
    </message>
</context>
<context>
    <name>ActivityMode</name>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
</context>
<context>
    <name>ActivityRemoval</name>
    <message>
        <source>&quot;%1&quot; cannot be removed: Stage 3 appraisals (%2) were recorded for it, and they are part of the candidates&apos; assessment. Keep the activity; if its details are wrong, correct them instead.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être supprimée&#xa0;: des appréciations de l&apos;étape 3 (%2) ont été enregistrées pour cette activité, et elles font partie de l&apos;évaluation des candidats. Conservez l&apos;activité&#xa0;; si ses informations sont erronées, corrigez-les plutôt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has taken place and counts in the commitment of its leads and co-facilitators. Removing it gives them back those weeks. Say why it is removed (for example: recorded by mistake); the reason is kept in the audit trail.</source>
        <translation>«&#xa0;%1&#xa0;» a eu lieu et compte dans l&apos;engagement de ses responsables et co-animateurs. La supprimer leur rend ces semaines. Indiquez pourquoi elle est supprimée (par exemple&#xa0;: enregistrée par erreur)&#xa0;; le motif est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Le motif est trop long.</translation>
    </message>
</context>
<context>
    <name>ActivityRemoveCommand</name>
    <message>
        <source>Remove an activity and who took part in it (officers); refused once Stage 3 appraisals were recorded for it.</source>
        <translation>Supprimer une activité et ses participants (agents)&#xa0;; refusé dès que des appréciations de l&apos;étape 3 ont été enregistrées pour elle.</translation>
    </message>
    <message>
        <source>The activity (id or words of its title).</source>
        <translation>L&apos;activité (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>Why it is removed; required once it has begun with leads or co-facilitators, whose commitment it counts in. Kept in the audit trail.</source>
        <translation>Pourquoi elle est supprimée&#xa0;; obligatoire dès qu&apos;elle a commencé avec des responsables ou co-animateurs, dans l&apos;engagement desquels elle compte. Conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Give it with --reason TEXT.</source>
        <translation>Indiquez-le avec --reason TEXT.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, %2.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée, %2.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>AdvanceCommand</name>
    <message>
        <source>Record a decision that moves a candidate to another stage.</source>
        <translation>Enregistrer une décision qui fait passer un candidat à une autre étape.</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The stage: %1.</source>
        <translation>L&apos;étape&#xa0;: %1.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>Why; kept with the candidate&apos;s file.</source>
        <translation>Pourquoi&#xa0;; conservé dans le dossier du candidat.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The workshop concerned (id or words of its title).</source>
        <translation>L&apos;atelier concerné (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>When it takes effect (the accreditation date), as YYYY-MM-DD.</source>
        <translation>Date de prise d&apos;effet (la date d&apos;accréditation), au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>%1: %2 → %3. To be informed: record it with &quot;inform&quot;.</source>
        <translation>%1&#xa0;: %2 → %3. À informer&#xa0;: enregistrez-le avec «&#xa0;inform&#xa0;».</translation>
    </message>
    <message>
        <source>Why the decision goes against the screening (selection) or against the outcome recorded for its step (workshop passed or failed, accredited or not).</source>
        <translation>Pourquoi la décision va à l&apos;encontre de la présélection (sélection) ou du résultat enregistré pour sa phase (atelier réussi ou non, accrédité ou non).</translation>
    </message>
    <message>
        <source>They had applied to no workshop: their application to &quot;%1&quot; is recorded with the seat.</source>
        <translation>Ils n&apos;avaient posé leur candidature à aucun atelier&#xa0;: leur candidature à «&#xa0;%1&#xa0;» est enregistrée avec la place.</translation>
    </message>
    <message>
        <source>Their application moved from &quot;%1&quot; to &quot;%2&quot;: a seat is in the workshop applied to.</source>
        <translation>Leur candidature passe de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»&#xa0;: une place est toujours dans l&apos;atelier auquel on a posé sa candidature.</translation>
    </message>
</context>
<context>
    <name>AgreementCommand</name>
    <message>
        <source>How far reviewers agree: Fleiss&apos; kappa, ICC(2,1), Krippendorff&apos;s alpha.</source>
        <translation>Degré de concordance des évaluateurs&#xa0;: kappa de Fleiss, ICC(2,1), alpha de Krippendorff.</translation>
    </message>
    <message>
        <source>The Accreditation Desk file (not with --ratings).</source>
        <translation>Le fichier Accreditation Desk (pas avec --ratings).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Instead of a file: a CSV table of subject, rater, rating (e.g. typed in from paper sheets).</source>
        <translation>Au lieu d&apos;un fichier&#xa0;: un tableau CSV sujet, évaluateur, appréciation (p. ex. saisi à partir de fiches papier).</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Give either FILE --workshop W, or --ratings CSV.</source>
        <translation>Indiquez soit FILE --workshop W, soit --ratings CSV.</translation>
    </message>
    <message>
        <source>Ratings of &quot;%1&quot;:</source>
        <translation>Appréciations de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Appréciations</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclus</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>Bands: Landis &amp; Koch (1977) for kappa, Koo &amp; Li (2016) for ICC, Krippendorff&apos;s 0.667 / 0.800 for alpha.</source>
        <translation>Niveaux&#xa0;: Landis &amp; Koch (1977) pour le kappa, Koo &amp; Li (2016) pour l&apos;ICC, 0,667 / 0,800 de Krippendorff pour l&apos;alpha.</translation>
    </message>
    <message>
        <source>No criterion where reviewers are %1 levels apart or more.</source>
        <translation>Aucun critère sur lequel les évaluateurs sont séparés de %1 niveaux ou plus.</translation>
    </message>
    <message>
        <source>Reviewers %1 levels apart or more:</source>
        <translation>Évaluateurs séparés de %1 niveaux ou plus&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (ratings %2 to %3, mean %4, population SD %5)</source>
        <translation>%1 (appréciations de %2 à %3, moyenne %4, écart type de la population %5)</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>selection</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no submitted scores in %2 yet; agreement needs at least two reviewers&apos; submitted ratings of the same criteria.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas encore de notes soumises dans %2&#xa0;; la concordance exige les appréciations soumises d&apos;au moins deux évaluateurs sur les mêmes critères.</translation>
    </message>
    <message>
        <source>Reviewers of &quot;%1&quot; in %2, submitted ratings only:</source>
        <translation>Évaluateurs de «&#xa0;%1&#xa0;» dans %2, appréciations soumises uniquement&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ApplicationImport</name>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>Le lecteur CSV n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid CSV: a quotation mark in row %2 is out of place or never closed. Correct the row in the spreadsheet and export the file again; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier CSV valide&#xa0;: un guillemet de la ligne %2 est mal placé ou jamais fermé. Corrigez la ligne dans le tableur et exportez de nouveau le fichier&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a field too large to read; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» contient un champ trop volumineux pour être lu&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, e.g. 2023-06-01.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la sous la forme année-mois-jour, p. ex. 2023-06-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of years.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier d&apos;années.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no; write true, false, yes, no, 1 or 0.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non&#xa0;; écrivez true, false, yes, no, 1 ou 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language with its level; write each as &quot;French:c1&quot;, separated by semicolons (levels: %2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue avec son niveau&#xa0;; écrivez chacune sous la forme «&#xa0;French:c1&#xa0;», séparées par des points-virgules (niveaux&#xa0;: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist or is not a file; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas ou n&apos;est pas un fichier&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2); nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (%2)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un texte UTF-8. Enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty. Its first row must name the columns (see &quot;Importing applications&quot; in the README); nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» est vide. Sa première ligne doit nommer les colonnes (voir «&#xa0;Importing applications&#xa0;» dans le README)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The columns of &quot;%1&quot; are separated by semicolons or tabs. Export it with commas between the columns; nothing was imported.</source>
        <translation>Les colonnes de «&#xa0;%1&#xa0;» sont séparées par des points-virgules ou des tabulations. Exportez-le avec des virgules entre les colonnes&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; of &quot;%2&quot; appears twice, in columns %3 and %4; keep one of them. Nothing was imported.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» apparaît deux fois, dans les colonnes %3 et %4&#xa0;; n&apos;en gardez qu&apos;une. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>(column %1, which has no name)</source>
        <translation>(colonne %1, sans nom)</translation>
    </message>
    <message>
        <source>This row has more cells than the header names columns; give the extra column a name or move its content.</source>
        <translation>Cette ligne contient plus de cellules que l&apos;en-tête ne nomme de colonnes&#xa0;; donnez un nom à la colonne supplémentaire ou déplacez son contenu.</translation>
    </message>
    <message>
        <source>Rows of &quot;%1&quot; with problems: %2; valid rows: %3. Nothing was imported: correct those rows, or skip them to import the valid ones.</source>
        <translation>Lignes de «&#xa0;%1&#xa0;» présentant des problèmes&#xa0;: %2&#xa0;; lignes valides&#xa0;: %3. Rien n&apos;a été importé&#xa0;: corrigez ces lignes, ou ignorez-les pour importer les lignes valides.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no application that can be imported; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune candidature importable&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several workshops; give the whole title.</source>
        <translation>«&#xa0;%1&#xa0;» désigne plusieurs ateliers&#xa0;; indiquez le titre complet.</translation>
    </message>
    <message>
        <source>No workshop of the file is called &quot;%1&quot;; give its title as %2, or leave the cell empty.</source>
        <translation>Aucun atelier du fichier ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; indiquez son titre tel que %2, ou laissez la cellule vide.</translation>
    </message>
    <message>
        <source>the Workshops area shows it</source>
        <translation>l&apos;espace Ateliers l&apos;affiche</translation>
    </message>
    <message>
        <source>&quot;workshops FILE&quot; lists it</source>
        <translation>«&#xa0;workshops FILE&#xa0;» le liste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>row %1 may be the same person as row %2: %3</source>
        <translation>la ligne %1 est peut-être la même personne que la ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>lignes %1</translation>
    </message>
    <message numerus="yes">
        <source>rows %1 (%n rows)</source>
        <translation>
            <numerusform>ligne %1 (%n ligne)</numerusform>
            <numerusform>lignes %1 (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may be the same person: %2</source>
        <translation>%1 est peut-être la même personne&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, already in the file</source>
        <translation>%1, déjà dans le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) already in the file</source>
        <translation>
            <numerusform>%n candidat déjà dans le fichier</numerusform>
            <numerusform>%n candidats déjà dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may be the same person as %2: %3</source>
        <translation>%1 est peut-être la même personne que %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Every valid row of &quot;%1&quot; may be someone already in the file or an earlier row, and is skipped (rows %2); nothing was imported. To import them all the same, run import again with --duplicates import, or choose Import for those rows in the import window.</source>
        <translation>Chaque ligne valide de «&#xa0;%1&#xa0;» correspond peut-être à une personne déjà dans le fichier ou à une ligne précédente, et est ignorée (lignes %2)&#xa0;; rien n&apos;a été importé. Pour les importer malgré tout, relancez import avec --duplicates import, ou choisissez Importer pour ces lignes dans la fenêtre d&apos;importation.</translation>
    </message>
</context>
<context>
    <name>AppliedWorkshopBox</name>
    <message>
        <source>Workshop applied to</source>
        <translation>Atelier visé</translation>
    </message>
    <message>
        <source>The workshop (the call) the candidate applies to. Recorded at once; the seat comes with the selection.</source>
        <translation>L&apos;atelier (l&apos;appel à candidatures) auquel le candidat postule. Enregistré immédiatement&#xa0;; la place est attribuée avec la sélection.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Application not changed</source>
        <translation>Candidature non modifiée</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>Record the workshop a candidate applies to (without a seat), or withdraw the application.</source>
        <translation>Enregistrer l&apos;atelier auquel un candidat postule (sans place), ou retirer la candidature.</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The workshop applied to (id or words of its title).</source>
        <translation>L&apos;atelier visé (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Withdraw the application (only without a seat).</source>
        <translation>Retirer la candidature (uniquement sans place).</translation>
    </message>
    <message>
        <source>Give either --workshop W or --none.</source>
        <translation>Indiquez soit --workshop W, soit --none.</translation>
    </message>
    <message>
        <source>%1 has applied to no workshop now.</source>
        <translation>%1 n&apos;est désormais candidat à aucun atelier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has applied to &quot;%2&quot; (%n applicant(s)).</source>
        <translation>
            <numerusform>%1 est candidat à «&#xa0;%2&#xa0;» (%n candidat).</numerusform>
            <numerusform>%1 est candidat à «&#xa0;%2&#xa0;» (%n candidats).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>Archive a candidate: hidden from the list, kept whole, recoverable with &quot;unarchive&quot; (officers only).</source>
        <translation>Archiver un candidat&#xa0;: masqué de la liste, conservé en entier, récupérable avec «&#xa0;unarchive&#xa0;» (agents uniquement).</translation>
    </message>
    <message>
        <source>Bring an archived candidate back to the list (officers only).</source>
        <translation>Remettre un candidat archivé dans la liste (agents uniquement).</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>%1 is already archived; nothing to do.</source>
        <translation>%1 est déjà archivé&#xa0;; rien à faire.</translation>
    </message>
    <message>
        <source>%1 is not archived; nothing to do.</source>
        <translation>%1 n&apos;est pas archivé&#xa0;; rien à faire.</translation>
    </message>
    <message>
        <source>%1 was not archived: %2</source>
        <translation>%1 n&apos;a pas été archivé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not brought back: %2</source>
        <translation>%1 n&apos;est pas sorti des archives&#xa0;: %2</translation>
    </message>
    <message>
        <source>Archived %1 (%2); &quot;unarchive&quot; brings them back.</source>
        <translation>%1 (%2) archivé&#xa0;; «&#xa0;unarchive&#xa0;» le remet dans la liste.</translation>
    </message>
    <message>
        <source>Brought %1 (%2) back to the list.</source>
        <translation>%1 (%2) remis dans la liste.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Could not read the competence profile.</source>
        <translation>Impossible de lire le profil de compétences.</translation>
    </message>
    <message>
        <source>The file holds no competence profile.</source>
        <translation>Le fichier ne contient aucun profil de compétences.</translation>
    </message>
    <message>
        <source>the competence profile</source>
        <translation>le profil de compétences</translation>
    </message>
    <message>
        <source>Could not read the scores.</source>
        <translation>Impossible de lire les notes.</translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s decisions.</source>
        <translation>Impossible de lire les décisions concernant le candidat.</translation>
    </message>
    <message>
        <source>Could not read who reviews whom.</source>
        <translation>Impossible de lire qui évalue qui.</translation>
    </message>
    <message>
        <source>The candidate or the reviewer is no longer in the file.</source>
        <translation>Le candidat ou l&apos;évaluateur ne figure plus dans le fichier.</translation>
    </message>
    <message>
        <source>That reviewer is not recorded in the file.</source>
        <translation>Cet évaluateur n&apos;est pas enregistré dans le fichier.</translation>
    </message>
    <message>
        <source>Could not assign the reviewer.</source>
        <translation>Impossible d&apos;affecter l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>Could not remove the assignment.</source>
        <translation>Impossible de retirer l&apos;affectation.</translation>
    </message>
    <message>
        <source>Give at least 1 candidate per reviewer and 1 reviewer per candidate.</source>
        <translation>Indiquez au moins 1 candidat par évaluateur et 1 évaluateur par candidat.</translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s candidates and reviewers.</source>
        <translation>Impossible de lire les candidats et les évaluateurs de l&apos;atelier.</translation>
    </message>
    <message>
        <source>No reviewer is recorded in the file; record reviewers first.</source>
        <translation>Aucun évaluateur n&apos;est enregistré dans le fichier&#xa0;; enregistrez d&apos;abord des évaluateurs.</translation>
    </message>
    <message>
        <source>Could not assign the reviewers.</source>
        <translation>Impossible d&apos;affecter les évaluateurs.</translation>
    </message>
    <message>
        <source>Could not read the conflicts of interest.</source>
        <translation>Impossible de lire les conflits d&apos;intérêts.</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>Le commentaire est trop long.</translation>
    </message>
    <message>
        <source>Could not record the consensus.</source>
        <translation>Impossible d&apos;enregistrer le consensus.</translation>
    </message>
    <message>
        <source>Could not read the consensus.</source>
        <translation>Impossible de lire le consensus.</translation>
    </message>
    <message>
        <source>An outcome must name its candidate.</source>
        <translation>Un résultat doit désigner son candidat.</translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s activities.</source>
        <translation>Impossible de lire les activités du candidat.</translation>
    </message>
    <message>
        <source>Could not record the outcome.</source>
        <translation>Impossible d&apos;enregistrer le résultat.</translation>
    </message>
    <message>
        <source>The candidate is no longer in the file.</source>
        <translation>Le candidat ne figure plus dans le fichier.</translation>
    </message>
    <message>
        <source>Could not read the outcomes.</source>
        <translation>Impossible de lire les résultats.</translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s applicants.</source>
        <translation>Impossible de lire les candidats de l&apos;atelier.</translation>
    </message>
    <message>
        <source>no Stage 1 screening is recorded</source>
        <translation>aucune présélection de l&apos;étape 1 n&apos;est enregistrée</translation>
    </message>
    <message>
        <source>screening not passed (%1)</source>
        <translation>présélection non réussie (%1)</translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s scores.</source>
        <translation>Impossible de lire les notes de l&apos;atelier.</translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s consensus.</source>
        <translation>Impossible de lire le consensus de l&apos;atelier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made for another accreditation file, not for this one. Import it into the file it was made for; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé pour un autre fichier d&apos;accréditation, et non pour celui-ci. Importez-le dans le fichier pour lequel il a été créé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is not recorded as a reviewer in this file; nothing was imported.</source>
        <translation>%1 n&apos;est pas enregistré comme évaluateur dans ce fichier&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Could not read the file&apos;s review files.</source>
        <translation>Impossible de lire les fichiers d&apos;évaluation du fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; says it holds %2&apos;s scores, but this file knows it as %3&apos;s review file: it was edited. Nothing was imported; ask %3 for their review file as they saved it.</source>
        <translation>«&#xa0;%1&#xa0;» indique contenir les notes de %2, mais ce fichier le connaît comme le fichier d&apos;évaluation de %3&#xa0;: il a été modifié. Rien n&apos;a été importé&#xa0;; demandez à %3 son fichier d&apos;évaluation tel qu&apos;il l&apos;a enregistré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the review file this file accepts from %2 (it has imported another one from them): a review file that names %2 but was made elsewhere, or edited. Nothing was imported; ask %2 for the review file they score in.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le fichier d&apos;évaluation que ce fichier accepte de %2 (il en a déjà importé un autre de cette personne)&#xa0;: un fichier d&apos;évaluation qui désigne %2 mais a été créé ailleurs, ou modifié. Rien n&apos;a été importé&#xa0;; demandez à %2 le fichier d&apos;évaluation dans lequel il note.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an older copy of %2&apos;s review file (revision %3; revision %4 was imported already). Nothing was imported; import their latest copy.</source>
        <translation>«&#xa0;%1&#xa0;» est une copie plus ancienne du fichier d&apos;évaluation de %2 (révision %3&#xa0;; la révision %4 a déjà été importée). Rien n&apos;a été importé&#xa0;; importez sa dernière copie.</translation>
    </message>
    <message>
        <source>Could not read the stored scores.</source>
        <translation>Impossible de lire les notes enregistrées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the score of %2 on &quot;%3&quot; by %4 is refused: %5 Nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la note de %2 sur «&#xa0;%3&#xa0;» par %4 est refusée&#xa0;: %5 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>it was submitted and imported before, and submitted scores are final.</source>
        <translation>elle a déjà été soumise et importée, et les notes soumises sont définitives.</translation>
    </message>
    <message>
        <source>the candidate is not in this file.</source>
        <translation>le candidat ne figure pas dans ce fichier.</translation>
    </message>
    <message>
        <source>it names competence profile version %1, which this file does not have.</source>
        <translation>elle désigne la version %1 du profil de compétences, que ce fichier ne possède pas.</translation>
    </message>
    <message>
        <source>the form is marked submitted on some items only; a form is submitted whole.</source>
        <translation>la grille est marquée comme soumise pour certains éléments seulement&#xa0;; une grille est soumise en entier.</translation>
    </message>
    <message>
        <source>Could not import the scores.</source>
        <translation>Impossible d&apos;importer les notes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; declares a conflict of interest about a candidate who is not in this file. Nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» déclare un conflit d&apos;intérêts concernant un candidat qui ne figure pas dans ce fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Could not import the conflicts of interest.</source>
        <translation>Impossible d&apos;importer les conflits d&apos;intérêts.</translation>
    </message>
    <message>
        <source>Could not record the import.</source>
        <translation>Impossible d&apos;enregistrer l&apos;importation.</translation>
    </message>
    <message>
        <source>%1&apos;s review file holds nothing new; nothing changed.</source>
        <translation>Le fichier d&apos;évaluation de %1 ne contient rien de nouveau&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 scores from %3&apos;s review file.</source>
        <translation>%1 notes sur %2 importées depuis le fichier d&apos;évaluation de %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) of interest declared by %1 recorded.</source>
        <translation>
            <numerusform>%n conflit d&apos;intérêts déclaré par %1 enregistré.</numerusform>
            <numerusform>%n conflits d&apos;intérêts déclarés par %1 enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) of candidates %1 declared a conflict of interest about were left out.</source>
        <translation>
            <numerusform>%n note concernant des candidats pour lesquels %1 a déclaré un conflit d&apos;intérêts a été écartée.</numerusform>
            <numerusform>%n notes concernant des candidats pour lesquels %1 a déclaré un conflit d&apos;intérêts ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) of %1 removed for a declared conflict of interest.</source>
        <translation>
            <numerusform>%n affectation de %1 retirée pour conflit d&apos;intérêts déclaré.</numerusform>
            <numerusform>%n affectations de %1 retirées pour conflit d&apos;intérêts déclaré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the form is marked submitted with %n item(s) unrated (%1); a form is submitted once every item is rated.</source>
        <translation>
            <numerusform>la grille est marquée comme soumise avec %n élément non noté (%1)&#xa0;; une grille n&apos;est soumise qu&apos;une fois tous ses éléments notés.</numerusform>
            <numerusform>la grille est marquée comme soumise avec %n éléments non notés (%1)&#xa0;; une grille n&apos;est soumise qu&apos;une fois tous ses éléments notés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no such workshop (it may have been removed meanwhile). %1</source>
        <translation>Le fichier ne contient pas cet atelier (il a peut-être été supprimé entre-temps). %1</translation>
    </message>
    <message>
        <source>Choose one in the Workshops area.</source>
        <translation>Choisissez-en un dans l&apos;espace Ateliers.</translation>
    </message>
    <message>
        <source>List them with: workshops FILE</source>
        <translation>Pour les lister&#xa0;: workshops FILE</translation>
    </message>
    <message>
        <source>Could not read the candidates.</source>
        <translation>Impossible de lire les candidats.</translation>
    </message>
    <message>
        <source>%1 already reviews %2 in %3.</source>
        <translation>%1 évalue déjà %2 dans %3.</translation>
    </message>
    <message>
        <source>That reviewer was not assigned to the candidate in %1.</source>
        <translation>Cet évaluateur n&apos;était pas affecté au candidat dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; no consensus was recorded.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;; aucun consensus n&apos;a été enregistré.</numerusform>
            <numerusform>%n lignes refusées&#xa0;; aucun consensus n&apos;a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not assigned to %2 in %3; the officer assigns reviewers (assign --round).</source>
        <translation>%1 n&apos;est pas affecté à %2 dans %3&#xa0;; c&apos;est l&apos;agent qui affecte les évaluateurs (assign --round).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of %2&apos;s scoring form of %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un élément de la grille de notation de %2 pour %3.</translation>
    </message>
    <message>
        <source>No consensus on &quot;%1&quot; is recorded for this candidate in %2; nothing to clear.</source>
        <translation>Aucun consensus sur «&#xa0;%1&#xa0;» n&apos;est enregistré pour ce candidat en %2&#xa0;; rien à effacer.</translation>
    </message>
    <message>
        <source>The consensus on &quot;%1&quot; was recorded again (by %2) after you read it; nothing was cleared. Reload it and clear it again if you still mean to.</source>
        <translation>Le consensus sur «&#xa0;%1&#xa0;» a été enregistré à nouveau (par %2) après que vous l&apos;avez lu&#xa0;; rien n&apos;a été effacé. Rechargez-le et effacez-le de nouveau si telle est toujours votre intention.</translation>
    </message>
    <message>
        <source>Could not clear the consensus.</source>
        <translation>Impossible d&apos;effacer le consensus.</translation>
    </message>
    <message>
        <source>The consensus changed while it was being cleared; nothing was cleared. Reload it and try again.</source>
        <translation>Le consensus a changé pendant son effacement&#xa0;; rien n&apos;a été effacé. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>The consensus on &quot;%1&quot; was recorded again (by %2) after it was read; reload and clear it again if you still mean to.</source>
        <translation>Le consensus sur «&#xa0;%1&#xa0;» a été enregistré à nouveau (par %2) après avoir été lu&#xa0;; rechargez et effacez-le de nouveau si telle est toujours votre intention.</translation>
    </message>
    <message>
        <source>Not shown (anonymised review)</source>
        <translation>Non affiché (évaluation anonymisée)</translation>
    </message>
    <message>
        <source>The consensus on %1, &quot;%2&quot; was recorded by %3 after you opened the form; nothing was saved: reload the form to see it and enter your rating again if you still mean to.</source>
        <translation>Le consensus sur %1, « %2 » a été enregistré par %3 après l&apos;ouverture du formulaire ; rien n&apos;a été enregistré : rechargez le formulaire pour le voir et saisissez de nouveau votre appréciation si telle est toujours votre intention.</translation>
    </message>
    <message>
        <source>The consensus on %1, &quot;%2&quot; was cleared after you opened the form; nothing was saved: reload the form to see it and enter your rating again if you still mean to.</source>
        <translation>Le consensus sur %1, « %2 » a été effacé après l&apos;ouverture du formulaire ; rien n&apos;a été enregistré : rechargez le formulaire pour le voir et saisissez de nouveau votre appréciation si telle est toujours votre intention.</translation>
    </message>
    <message>
        <source>The consensus on %1, &quot;%2&quot; was recorded by %3 after it was read; reload the grid (Undo Typing) to see it and type your rating again if you still mean to.</source>
        <translation>Le consensus sur %1, « %2 » a été enregistré par %3 après avoir été lu ; rechargez la grille (Annuler la saisie) pour le voir et tapez de nouveau votre appréciation si telle est toujours votre intention.</translation>
    </message>
    <message>
        <source>The consensus on %1, &quot;%2&quot; was cleared after it was read; reload the grid (Undo Typing) to see it and type your rating again if you still mean to.</source>
        <translation>Le consensus sur %1, « %2 » a été effacé après avoir été lu ; rechargez la grille (Annuler la saisie) pour le voir et tapez de nouveau votre appréciation si telle est toujours votre intention.</translation>
    </message>
</context>
<context>
    <name>AssessmentSheet</name>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle d&apos;appréciation</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>What earns it</source>
        <translation>Ce qui le justifie</translation>
    </message>
    <message>
        <source>Hard requirements are met or not met. Advantages rank candidates but never exclude them.</source>
        <translation>Les conditions obligatoires sont remplies ou non remplies. Les atouts classent les candidats mais ne les excluent jamais.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Comments and evidence</source>
        <translation>Commentaires et éléments probants</translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Enregistré le %1 par %2</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Éléments probants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Consensus and outcome</source>
        <translation>Consensus et résultat</translation>
    </message>
    <message>
        <source>No consensus rating recorded yet.</source>
        <translation>Aucune appréciation consensuelle enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Consensus recorded on %1 of %2 criteria, shown under each criterion above.</source>
        <translation>Consensus enregistré sur %1 des %2 critères, indiqué sous chaque critère ci-dessus.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>[administration]</source>
        <translation>[administration]</translation>
    </message>
    <message>
        <source>[country]</source>
        <translation>[pays]</translation>
    </message>
    <message>
        <source>Hard requirement</source>
        <translation>Condition obligatoire</translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation>Atout</translation>
    </message>
    <message>
        <source>Counts towards &quot;most of&quot;</source>
        <translation>Compte pour «&#xa0;la plupart des critères&#xa0;»</translation>
    </message>
    <message>
        <source>Assessment sheet (blank, anonymised)</source>
        <translation>Fiche d&apos;évaluation (vierge, anonymisée)</translation>
    </message>
    <message>
        <source>Assessment sheet (blank)</source>
        <translation>Fiche d&apos;évaluation (vierge)</translation>
    </message>
    <message>
        <source>Assessment sheet (anonymised)</source>
        <translation>Fiche d&apos;évaluation (anonymisée)</translation>
    </message>
    <message>
        <source>Assessment sheet</source>
        <translation>Fiche d&apos;évaluation</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Candidat %1</translation>
    </message>
    <message>
        <source>Candidate assessment sheet</source>
        <translation>Fiche d&apos;évaluation du candidat</translation>
    </message>
    <message>
        <source>Ratings and comments of each reviewer, the consensus and the outcome.</source>
        <translation>Appréciations et commentaires de chaque évaluateur, consensus et résultat.</translation>
    </message>
    <message>
        <source>Candidate code</source>
        <translation>Code du candidat</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Venue and dates</source>
        <translation>Lieu et dates</translation>
    </message>
    <message>
        <source>Competence profile</source>
        <translation>Profil de compétences</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>General comments</source>
        <translation>Commentaires généraux</translation>
    </message>
    <message>
        <source>Assessor (name)</source>
        <translation>Évaluateur (nom)</translation>
    </message>
    <message>
        <source>Secretariat officer (name)</source>
        <translation>Agent du Secrétariat (nom)</translation>
    </message>
    <message>
        <source> · code %1 · round %2</source>
        <translation> · code %1 · cycle %2</translation>
    </message>
    <message>
        <source>To be completed by the assessor during the workshop. Tick one box a criterion. The candidate code and each criterion&apos;s code name the ratings when they are typed back (scores-import, or the scores grid).</source>
        <translation>À remplir par l&apos;évaluateur pendant l&apos;atelier. Cochez une case par critère. Le code du candidat et le code de chaque critère identifient les appréciations lors de leur saisie (scores-import, ou la grille des notes).</translation>
    </message>
</context>
<context>
    <name>AssessmentText</name>
    <message>
        <source>--%1 takes KEY=N, KEY one of: %2 (&quot;%3&quot; given).</source>
        <translation>--%1 attend CLÉ=N, CLÉ parmi&#xa0;: %2 («&#xa0;%3&#xa0;» donné).</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>Assign a reviewer to a candidate, or spread the reviewers evenly over a workshop (officers).</source>
        <translation>Affecter un évaluateur à un candidat, ou répartir équitablement les évaluateurs sur un atelier (agents).</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The reviewer (id, account or name).</source>
        <translation>L&apos;évaluateur (identifiant, compte ou nom).</translation>
    </message>
    <message>
        <source>Why this reviewer may review a candidate of their own administration.</source>
        <translation>Pourquoi cet évaluateur peut évaluer un candidat de sa propre administration.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Remove the assignment instead.</source>
        <translation>Retirer l&apos;affectation à la place.</translation>
    </message>
    <message>
        <source>Spread the reviewers evenly over the candidates of a workshop (no CANDIDATE, REVIEWER).</source>
        <translation>Répartir équitablement les évaluateurs sur les candidats d&apos;un atelier (sans CANDIDATE ni REVIEWER).</translation>
    </message>
    <message>
        <source>The workshop to spread over (id or title).</source>
        <translation>L&apos;atelier sur lequel répartir (identifiant ou titre).</translation>
    </message>
    <message>
        <source>WORKSHOP</source>
        <translation>WORKSHOP</translation>
    </message>
    <message>
        <source>At most N candidates per reviewer (with --spread).</source>
        <translation>Au maximum N candidats par évaluateur (avec --spread).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Reviewers each candidate needs (with --spread; 2 by default).</source>
        <translation>Nombre d&apos;évaluateurs requis pour chaque candidat (avec --spread&#xa0;; 2 par défaut).</translation>
    </message>
    <message>
        <source>Give FILE CANDIDATE REVIEWER, or FILE --spread --workshop W --limit N.</source>
        <translation>Indiquez FILE CANDIDATE REVIEWER, ou FILE --spread --workshop W --limit N.</translation>
    </message>
    <message>
        <source>--limit and --per-candidate take whole numbers.</source>
        <translation>--limit et --per-candidate attendent des nombres entiers.</translation>
    </message>
    <message numerus="yes">
        <source>Made %n assignment(s) for %1.</source>
        <translation>
            <numerusform>%n affectation effectuée pour %1.</numerusform>
            <numerusform>%n affectations effectuées pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>selection</source>
        <translation>selection</translation>
    </message>
    <message>
        <source>Round: %1.</source>
        <translation>Cycle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 no longer reviews %2 in %3.</source>
        <translation>%1 n&apos;évalue plus %2 dans %3.</translation>
    </message>
    <message>
        <source>%1 now reviews %2 in %3.</source>
        <translation>%1 évalue désormais %2 dans %3.</translation>
    </message>
</context>
<context>
    <name>AssignmentView</name>
    <message>
        <source>Reviewers assigned to candidates</source>
        <translation>Évaluateurs affectés aux candidats</translation>
    </message>
    <message>
        <source>Space or double-click assigns or unassigns the reviewer.</source>
        <translation>Espace ou double-clic affecte ou désaffecte l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>Candidates per reviewer at most</source>
        <translation>Nombre maximal de candidats par évaluateur</translation>
    </message>
    <message>
        <source>Reviewers per candidate</source>
        <translation>Évaluateurs par candidat</translation>
    </message>
    <message>
        <source>&amp;Spread Evenly</source>
        <translation>&amp;Répartir équitablement</translation>
    </message>
    <message>
        <source>Spread the reviewers evenly</source>
        <translation>Répartir équitablement les évaluateurs</translation>
    </message>
    <message>
        <source>At most &amp;per reviewer:</source>
        <translation>Au maximum &amp;par évaluateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reviewers per candidate:</source>
        <translation>Év&amp;aluateurs par candidat&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a workshop to assign reviewers to its candidates.</source>
        <translation>Choisissez un atelier pour affecter des évaluateurs à ses candidats.</translation>
    </message>
    <message>
        <source>Could not read the assignments.</source>
        <translation>Impossible de lire les affectations.</translation>
    </message>
    <message>
        <source>A tick assigns a reviewer. ⚠ marks a reviewer of the candidate&apos;s own administration (assigned only with a reason); ✖ a conflict the reviewer declared; ✔ scores submitted.</source>
        <translation>Une coche affecte un évaluateur. ⚠ signale un évaluateur de l&apos;administration du candidat (affecté seulement avec un motif)&#xa0;; ✖ un conflit déclaré par l&apos;évaluateur&#xa0;; ✔ des notes soumises.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✖ conflict declared</source>
        <translation>✖ conflit déclaré</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest about this candidate.</source>
        <translation>%1 a déclaré un conflit d&apos;intérêts concernant ce candidat.</translation>
    </message>
    <message>
        <source>⚠ same administration</source>
        <translation>⚠ même administration</translation>
    </message>
    <message>
        <source>Assigned despite the conflict: %1</source>
        <translation>Affecté malgré le conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is from the candidate&apos;s administration.</source>
        <translation>%1 appartient à l&apos;administration du candidat.</translation>
    </message>
    <message>
        <source>✔ submitted</source>
        <translation>✔ soumis</translation>
    </message>
    <message>
        <source>, ✔ submitted</source>
        <translation>, ✔ soumis</translation>
    </message>
    <message>
        <source>%1 reviews %2: %3</source>
        <translation>%1 évalue %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>This reviewer is from the candidate&apos;s administration. Why may they review the candidate?</source>
        <translation>Cet évaluateur appartient à l&apos;administration du candidat. Pourquoi peut-il évaluer ce candidat&#xa0;?</translation>
    </message>
    <message>
        <source>Assignment not changed</source>
        <translation>Affectation non modifiée</translation>
    </message>
    <message>
        <source>Reviewers not spread</source>
        <translation>Évaluateurs non répartis</translation>
    </message>
    <message>
        <source>Some candidates are short of reviewers</source>
        <translation>Certains candidats n&apos;ont pas assez d&apos;évaluateurs</translation>
    </message>
    <message>
        <source>Assessment round of the assignments</source>
        <translation>Cycle d&apos;évaluation des affectations</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>&amp;Cycle&#xa0;:</translation>
    </message>
    <message>
        <source>No reviewer is recorded in the file; record reviewers under View &gt; People.</source>
        <translation>Aucun évaluateur n&apos;est enregistré dans le fichier&#xa0;; enregistrez les évaluateurs sous Affichage &gt; Personnes.</translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message>
        <source>Attach a document to a candidate, kept inside the file (officers only).</source>
        <translation>Joindre un document à un candidat, conservé dans le fichier (agents uniquement).</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The document to attach: %1.</source>
        <translation>Le document à joindre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>What the document is: %1 (default other).</source>
        <translation>Nature du document&#xa0;: %1 (other par défaut).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Nothing was attached: %1</source>
        <translation>Rien n&apos;a été joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot; (%2) to %3; run &quot;accreditation-desk-cli index FILE&quot; so that the search reads it.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) joint à %3&#xa0;; lancez «&#xa0;accreditation-desk-cli index FILE&#xa0;» pour que la recherche le lise.</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>An attachment must belong to a candidate.</source>
        <translation>Une pièce jointe doit appartenir à un candidat.</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>La pièce jointe doit avoir un nom de fichier.</translation>
    </message>
    <message>
        <source>Give the attachment&apos;s file name without its folder.</source>
        <translation>Indiquez le nom de fichier de la pièce jointe sans son dossier.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty; attach a document with content.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est vide&#xa0;; joignez un document qui a un contenu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; attachments may be at most %3. Compress or split the document.</source>
        <translation>«&#xa0;%1&#xa0;» pèse %2&#xa0;; les pièces jointes ne peuvent dépasser %3. Compressez ou scindez le document.</translation>
    </message>
    <message>
        <source>The attachment&apos;s document type is not known.</source>
        <translation>Le type de document de la pièce jointe est inconnu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of a type we accept (%2), judged by its content.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un document d&apos;un type accepté (%2), d&apos;après son contenu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2). Check that the file exists and that you may read it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (%2). Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read whole.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu en entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of a type we accept (%2), judged by its content, whatever its name says.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un document d&apos;un type accepté (%2), d&apos;après son contenu, quel que soit son nom.</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Formulaire de candidature</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <source>Documents of the candidate</source>
        <translation>Documents du candidat</translation>
    </message>
    <message>
        <source>Kind of document to add</source>
        <translation>Type de document à ajouter</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>%1 — %2, added %3</source>
        <translation>%1 — %2, ajouté le %3</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Impossible d&apos;ouvrir le document</translation>
    </message>
    <message>
        <source>Could not write a copy to %1.</source>
        <translation>Impossible d&apos;écrire une copie dans %1.</translation>
    </message>
    <message>
        <source>No program is set up to show this kind of document. A copy is in %1.</source>
        <translation>Aucun programme n&apos;est configuré pour afficher ce type de document. Une copie se trouve dans %1.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Enregistrer une copie de %1</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove the document?</source>
        <translation>Retirer le document&#xa0;?</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the candidate&apos;s file? The history keeps a record that it was removed.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du dossier du candidat&#xa0;? L&apos;historique conserve la trace de ce retrait.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Show the audit trail of a file, or of one candidate.</source>
        <translation>Afficher le journal d&apos;audit d&apos;un fichier, ou d&apos;un candidat.</translation>
    </message>
    <message>
        <source>Only the history of this candidate (id or name).</source>
        <translation>Uniquement l&apos;historique de ce candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>CANDIDATE</source>
        <translation>CANDIDATE</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Also list housekeeping (editing taken over, documents read for the search, format upgrades); the JSON always has every entry.</source>
        <translation>Lister aussi les opérations techniques (reprises de la main, documents lus pour la recherche, mises à niveau du format)&#xa0;; le JSON contient toujours toutes les entrées.</translation>
    </message>
    <message>
        <source>Under each entry, the fields it changed, before and after.</source>
        <translation>Sous chaque entrée, les champs qu&apos;elle a modifiés, avant et après.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>File created</source>
        <translation>Fichier créé</translation>
    </message>
    <message>
        <source>File format upgraded</source>
        <translation>Format du fichier mis à niveau</translation>
    </message>
    <message>
        <source>File restored from a backup</source>
        <translation>Fichier restauré depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Started editing</source>
        <translation>Début de modification</translation>
    </message>
    <message>
        <source>Stopped editing</source>
        <translation>Fin de modification</translation>
    </message>
    <message>
        <source>Took over editing</source>
        <translation>Reprise de la main sur les modifications</translation>
    </message>
    <message>
        <source>Candidate added</source>
        <translation>Candidat ajouté</translation>
    </message>
    <message>
        <source>Candidate changed</source>
        <translation>Candidat modifié</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Décision enregistrée</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Document joint</translation>
    </message>
    <message>
        <source>Workshop added</source>
        <translation>Atelier ajouté</translation>
    </message>
    <message>
        <source>Workshop changed</source>
        <translation>Atelier modifié</translation>
    </message>
    <message>
        <source>Activity added</source>
        <translation>Activité ajoutée</translation>
    </message>
    <message>
        <source>Activity changed</source>
        <translation>Activité modifiée</translation>
    </message>
    <message>
        <source>Person recorded</source>
        <translation>Personne enregistrée</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Personne modifiée</translation>
    </message>
    <message>
        <source>Review file imported</source>
        <translation>Fichier d&apos;évaluation importé</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Paramètre modifié</translation>
    </message>
    <message>
        <source>Candidates and documents</source>
        <translation>Candidats et documents</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>File, editing and settings</source>
        <translation>Fichier, modification et paramètres</translation>
    </message>
    <message>
        <source>Candidate archived</source>
        <translation>Candidat archivé</translation>
    </message>
    <message>
        <source>Candidate brought back from the archive</source>
        <translation>Candidat sorti des archives</translation>
    </message>
    <message>
        <source>Candidates linked as the same person</source>
        <translation>Candidats liés comme une même personne</translation>
    </message>
    <message>
        <source>Applications imported</source>
        <translation>Candidatures importées</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Document retiré</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message>
        <source>Unavailability declared</source>
        <translation>Indisponibilité déclarée</translation>
    </message>
    <message>
        <source>Unavailability changed</source>
        <translation>Indisponibilité modifiée</translation>
    </message>
    <message>
        <source>Unavailability removed</source>
        <translation>Indisponibilité retirée</translation>
    </message>
    <message>
        <source>Documents&apos; text read for the search</source>
        <translation>Texte des documents lu pour la recherche</translation>
    </message>
    <message>
        <source>Workshop&apos;s criteria changed</source>
        <translation>Critères de l&apos;atelier modifiés</translation>
    </message>
    <message>
        <source>Competence profile threshold changed</source>
        <translation>Seuil du profil de compétences modifié</translation>
    </message>
    <message>
        <source>Reviewer assigned</source>
        <translation>Évaluateur affecté</translation>
    </message>
    <message>
        <source>Reviewer unassigned</source>
        <translation>Évaluateur désaffecté</translation>
    </message>
    <message>
        <source>Reviewers spread over candidates</source>
        <translation>Évaluateurs répartis entre les candidats</translation>
    </message>
    <message>
        <source>Consensus recorded</source>
        <translation>Consensus enregistré</translation>
    </message>
    <message>
        <source>Assessment outcome recorded</source>
        <translation>Résultat de l&apos;évaluation enregistré</translation>
    </message>
    <message>
        <source>Letter text edited</source>
        <translation>Texte de lettre modifié</translation>
    </message>
    <message>
        <source>Letter text back to the built-in one</source>
        <translation>Texte de lettre rétabli dans sa version d&apos;origine</translation>
    </message>
    <message>
        <source>Activity removed</source>
        <translation>Activité supprimée</translation>
    </message>
    <message>
        <source>Consensus entered in bulk</source>
        <translation>Consensus saisi en bloc</translation>
    </message>
    <message>
        <source>Consensus cleared</source>
        <translation>Consensus effacé</translation>
    </message>
</context>
<context>
    <name>AuditLogText</name>
    <message>
        <source>Could not record the change in the audit trail.</source>
        <translation>Impossible d&apos;enregistrer la modification dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Could not read the audit trail.</source>
        <translation>Impossible de lire le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the trail jumps from entry %2 to %3.</source>
        <translation>L&apos;entrée d&apos;audit %1 est manquante&#xa0;: le journal passe de l&apos;entrée %2 à l&apos;entrée %3.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: an entry was removed or replaced.</source>
        <translation>L&apos;entrée d&apos;audit %1 ne suit pas l&apos;entrée %2&#xa0;: une entrée a été supprimée ou remplacée.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2 by %3) was altered after it was written.</source>
        <translation>L&apos;entrée d&apos;audit %1 (%2 par %3) a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but the file recorded a different last entry (%2): entries at the end were removed or replaced.</source>
        <translation>Le journal d&apos;audit se termine à l&apos;entrée %1, mais le fichier a enregistré une autre dernière entrée (%2)&#xa0;: des entrées de fin ont été supprimées ou remplacées.</translation>
    </message>
    <message>
        <source>Could not redact the audit trail.</source>
        <translation>Impossible de caviarder le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit trail is empty, although every file&apos;s trail begins with its creation: its entries were removed outside Accreditation Desk.</source>
        <translation>Le journal d&apos;audit est vide, alors que le journal de tout fichier commence par sa création&#xa0;: ses entrées ont été supprimées en dehors d&apos;Accreditation Desk.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2 by %3) carries no state of the records, although the entries before it do: it was written outside Accreditation Desk.</source>
        <translation>L&apos;entrée d&apos;audit %1 (%2 par %3) ne porte aucun état des enregistrements, alors que les entrées précédentes en portent&#xa0;: elle a été écrite en dehors d&apos;Accreditation Desk.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Could not upgrade the audit trail.</source>
        <translation>Impossible de mettre à niveau le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>AuditNames</name>
    <message>
        <source>a candidate no longer in the file</source>
        <translation>un candidat qui ne figure plus dans le fichier</translation>
    </message>
    <message>
        <source>a workshop no longer in the file</source>
        <translation>un atelier qui ne figure plus dans le fichier</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <source>Years in Customs</source>
        <translation>Années dans les douanes</translation>
    </message>
    <message>
        <source>Years in public administration</source>
        <translation>Années dans l&apos;administration publique</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Autres langues</translation>
    </message>
    <message>
        <source>IPR experience</source>
        <translation>Expérience en DPI</translation>
    </message>
    <message>
        <source>Consent to keep the data</source>
        <translation>Consentement à la conservation des données</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Candidature du</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Même personne que</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>Annule</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Taille en octets</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informé le</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Informé par</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Prend effet le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Still to inform</source>
        <translation>Encore à informer</translation>
    </message>
    <message>
        <source>Hard requirements met</source>
        <translation>Conditions obligatoires remplies</translation>
    </message>
    <message>
        <source>Counted criteria met</source>
        <translation>Critères comptés remplis</translation>
    </message>
    <message>
        <source>Counted criteria</source>
        <translation>Critères comptés</translation>
    </message>
    <message>
        <source>Share of counted criteria to meet (%)</source>
        <translation>Part des critères comptés à remplir (%)</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Assignments added</source>
        <translation>Affectations ajoutées</translation>
    </message>
    <message>
        <source>Most candidates per reviewer</source>
        <translation>Nombre maximal de candidats par évaluateur</translation>
    </message>
    <message>
        <source>Reviewers per candidate</source>
        <translation>Évaluateurs par candidat</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Scores in the file</source>
        <translation>Notes dans le fichier</translation>
    </message>
    <message>
        <source>Scores changed</source>
        <translation>Notes modifiées</translation>
    </message>
    <message>
        <source>Conflicts declared</source>
        <translation>Conflits déclarés</translation>
    </message>
    <message>
        <source>Assignments removed</source>
        <translation>Affectations retirées</translation>
    </message>
    <message>
        <source>Years the records are kept</source>
        <translation>Années de conservation des fiches</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Week counting</source>
        <translation>Décompte des semaines</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Titre du signataire</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation>Restauré depuis</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Reader version</source>
        <translation>Version du lecteur</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Last sign of life</source>
        <translation>Dernier signe de vie</translation>
    </message>
    <message>
        <source>Entries redacted from</source>
        <translation>Entrées caviardées depuis</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adopté le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>%1 created the file</source>
        <translation>%1 a créé le fichier</translation>
    </message>
    <message>
        <source>%1 upgraded the file to format %2</source>
        <translation>%1 a mis le fichier à niveau au format %2</translation>
    </message>
    <message>
        <source>%1 restored the file from a backup</source>
        <translation>%1 a restauré le fichier depuis une sauvegarde</translation>
    </message>
    <message>
        <source>%1 restored the file from the backup %2</source>
        <translation>%1 a restauré le fichier depuis la sauvegarde %2</translation>
    </message>
    <message>
        <source>%1 started editing on %2</source>
        <translation>%1 a commencé à modifier le fichier sur %2</translation>
    </message>
    <message>
        <source>%1 was still editing on %2</source>
        <translation>%1 modifiait encore le fichier sur %2</translation>
    </message>
    <message>
        <source>%1 stopped editing</source>
        <translation>%1 a cessé de modifier le fichier</translation>
    </message>
    <message>
        <source>%1 took over editing</source>
        <translation>%1 a repris la main sur les modifications</translation>
    </message>
    <message>
        <source>%1 took over editing from %2</source>
        <translation>%1 a repris la main sur les modifications de %2</translation>
    </message>
    <message>
        <source>%1 added %2 as a candidate</source>
        <translation>%1 a ajouté %2 comme candidat</translation>
    </message>
    <message>
        <source>%1 changed the record of %2</source>
        <translation>%1 a modifié la fiche de %2</translation>
    </message>
    <message>
        <source>%1 archived %2</source>
        <translation>%1 a archivé %2</translation>
    </message>
    <message>
        <source>%1 brought %2 back from the archive</source>
        <translation>%1 a sorti %2 des archives</translation>
    </message>
    <message>
        <source>%1 erased the personal data of a candidate</source>
        <translation>%1 a effacé les données personnelles d&apos;un candidat</translation>
    </message>
    <message>
        <source>%1 recorded that %2 and %3 are the same person</source>
        <translation>%1 a enregistré que %2 et %3 sont la même personne</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %n application(s) from %2</source>
        <translation>
            <numerusform>%1 a importé %n candidature depuis %2</numerusform>
            <numerusform>%1 a importé %n candidatures depuis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved %2 from “%3” to “%4”</source>
        <translation>%1 a fait passer %2 de «&#xa0;%3&#xa0;» à «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1 reversed the latest decision about %2, back to “%3”</source>
        <translation>%1 a annulé la dernière décision concernant %2&#xa0;; retour à «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 recorded that %2 was informed on %3 (%4)</source>
        <translation>%1 a enregistré que %2 a été informé le %3 (%4)</translation>
    </message>
    <message>
        <source>%1 recorded the availability commitment of %2</source>
        <translation>%1 a enregistré l&apos;engagement de disponibilité de %2</translation>
    </message>
    <message>
        <source>%1 closed “%2” of %3</source>
        <translation>%1 a clos la phase «&#xa0;%2&#xa0;» de %3</translation>
    </message>
    <message>
        <source>%1 reopened “%2” of %3</source>
        <translation>%1 a rouvert la phase «&#xa0;%2&#xa0;» de %3</translation>
    </message>
    <message>
        <source>%1 recorded the Stage 1 screening of %2</source>
        <translation>%1 a enregistré la présélection de l&apos;étape 1 de %2</translation>
    </message>
    <message>
        <source>%1 attached “%2” to the record of %3</source>
        <translation>%1 a joint «&#xa0;%2&#xa0;» à la fiche de %3</translation>
    </message>
    <message>
        <source>%1 removed “%2” from the record of %3</source>
        <translation>%1 a retiré «&#xa0;%2&#xa0;» de la fiche de %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 read the text of %n document(s) for the search</source>
        <translation>
            <numerusform>%1 a lu le texte de %n document pour la recherche</numerusform>
            <numerusform>%1 a lu le texte de %n documents pour la recherche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added the workshop %2</source>
        <translation>%1 a ajouté l&apos;atelier %2</translation>
    </message>
    <message>
        <source>%1 changed the workshop %2</source>
        <translation>%1 a modifié l&apos;atelier %2</translation>
    </message>
    <message>
        <source>%1 changed the criteria of %2</source>
        <translation>%1 a modifié les critères de %2</translation>
    </message>
    <message>
        <source>%1 gave %2 a seat in %3</source>
        <translation>%1 a attribué à %2 une place dans %3</translation>
    </message>
    <message>
        <source>%1 took %2 off their workshop</source>
        <translation>%1 a retiré %2 de son atelier</translation>
    </message>
    <message>
        <source>%1 took %2 off %3</source>
        <translation>%1 a retiré %2 de %3</translation>
    </message>
    <message>
        <source>%1 added the activity %2</source>
        <translation>%1 a ajouté l&apos;activité %2</translation>
    </message>
    <message>
        <source>%1 changed the activity %2</source>
        <translation>%1 a modifié l&apos;activité %2</translation>
    </message>
    <message>
        <source>%1 removed the activity %2</source>
        <translation>%1 a supprimé l&apos;activité %2</translation>
    </message>
    <message>
        <source>%1 recorded that %2 is unavailable from %3 to %4</source>
        <translation>%1 a enregistré que %2 est indisponible du %3 au %4</translation>
    </message>
    <message>
        <source>%1 changed when %2 is unavailable</source>
        <translation>%1 a modifié les dates d&apos;indisponibilité de %2</translation>
    </message>
    <message>
        <source>%1 removed an unavailability of %2</source>
        <translation>%1 a retiré une indisponibilité de %2</translation>
    </message>
    <message>
        <source>%1 recorded %2 as %3</source>
        <translation>%1 a enregistré %2 comme %3</translation>
    </message>
    <message>
        <source>%1 changed the details of %2</source>
        <translation>%1 a modifié les coordonnées de %2</translation>
    </message>
    <message>
        <source>%1 imported the review file of %2</source>
        <translation>%1 a importé le fichier d&apos;évaluation de %2</translation>
    </message>
    <message>
        <source>%1 set the share of counted criteria a candidate must meet to %2%</source>
        <translation>%1 a fixé à %2&#xa0;% la part des critères comptés qu&apos;un candidat doit remplir</translation>
    </message>
    <message>
        <source>%1 asked %2 to review %3</source>
        <translation>%1 a demandé à %2 d&apos;évaluer %3</translation>
    </message>
    <message>
        <source>%1 took %2 off the review of %3</source>
        <translation>%1 a retiré %2 de l&apos;évaluation de %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 spread the reviewers over the candidates of %2 (%n assignment(s))</source>
        <translation>
            <numerusform>%1 a réparti les évaluateurs entre les candidats de %2 (%n affectation)</numerusform>
            <numerusform>%1 a réparti les évaluateurs entre les candidats de %2 (%n affectations)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recorded the consensus on “%2” for %3</source>
        <translation>%1 a enregistré le consensus sur «&#xa0;%2&#xa0;» pour %3</translation>
    </message>
    <message>
        <source>%1 recorded that %2 passed “%3”</source>
        <translation>%1 a enregistré que %2 a réussi «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 recorded that %2 did not pass “%3”</source>
        <translation>%1 a enregistré que %2 n&apos;a pas réussi «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 set the years the records are kept to %2</source>
        <translation>%1 a fixé à %2 le nombre d&apos;années de conservation des fiches</translation>
    </message>
    <message>
        <source>%1 set the daily backups kept to %2</source>
        <translation>%1 a fixé à %2 le nombre de sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>%1 set how the weeks of the commitment are counted to “%2”</source>
        <translation>%1 a défini le décompte des semaines de l&apos;engagement sur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 changed who signs the letters</source>
        <translation>%1 a modifié le signataire des lettres</translation>
    </message>
    <message>
        <source>%1 changed a setting of the file</source>
        <translation>%1 a modifié un paramètre du fichier</translation>
    </message>
    <message>
        <source>%1 edited the letter for “%2” (%3)</source>
        <translation>%1 a modifié la lettre pour «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>%1 put back the built-in letter for “%2” (%3)</source>
        <translation>%1 a rétabli la lettre d&apos;origine pour «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>%1 made a change this version cannot describe (%2)</source>
        <translation>%1 a effectué une modification que cette version ne sait pas décrire (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>the decision before</source>
        <translation>la décision précédente</translation>
    </message>
    <message>
        <source>a record no longer in the file</source>
        <translation>un enregistrement qui ne figure plus dans le fichier</translation>
    </message>
    <message>
        <source>%1 recorded that %2 applied to %3</source>
        <translation>%1 a enregistré la candidature de %2 à %3</translation>
    </message>
    <message>
        <source>%1 withdrew the application of %2 to %3</source>
        <translation>%1 a retiré la candidature de %2 à %3</translation>
    </message>
    <message>
        <source>%1 recorded consensus ratings at once</source>
        <translation>%1 a enregistré des appréciations consensuelles en une seule fois</translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded %n consensus rating(s) at once</source>
        <translation>
            <numerusform>%1 a enregistré %n appréciation consensuelle en une seule fois</numerusform>
            <numerusform>%1 a enregistré %n appréciations consensuelles en une seule fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded %n consensus rating(s) at once for %2</source>
        <translation>
            <numerusform>%1 a enregistré %n appréciation consensuelle en une seule fois pour %2</numerusform>
            <numerusform>%1 a enregistré %n appréciations consensuelles en une seule fois pour %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cleared the consensus on “%2” for %3</source>
        <translation>%1 a effacé le consensus sur «&#xa0;%2&#xa0;» pour %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 cleared %n consensus rating(s) at once</source>
        <translation>
            <numerusform>%1 a effacé %n appréciation consensuelle en une seule fois</numerusform>
            <numerusform>%1 a effacé %n appréciations consensuelles en une seule fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and cleared %n</source>
        <translation>
            <numerusform>%1 et en a effacé %n</numerusform>
            <numerusform>%1 et en a effacé %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>History of the file</source>
        <translation>Historique du fichier</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Names, values, people…</source>
        <translation>Noms, valeurs, personnes…</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Type de modification</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Show &amp;housekeeping</source>
        <translation>Afficher les opérations &amp;techniques</translation>
    </message>
    <message>
        <source>Also list what does not change the records: editing taken over, documents read for the search, format upgrades.</source>
        <translation>Lister aussi ce qui ne modifie pas les fiches&#xa0;: reprises de la main, documents lus pour la recherche, mises à niveau du format.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Fields the selected change changed, before and after</source>
        <translation>Champs modifiés par la modification sélectionnée, avant et après</translation>
    </message>
    <message>
        <source>Choose a change in the list to see the fields it changed.</source>
        <translation>Choisissez une modification dans la liste pour voir les champs qu&apos;elle a modifiés.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export this history</source>
        <translation>Exporter cet historique</translation>
    </message>
    <message>
        <source>Save this history as a spreadsheet (XLSX) or CSV.</source>
        <translation>Enregistrer cet historique comme tableur (XLSX) ou CSV.</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>AvailabilityCommitment</name>
    <message>
        <source>A commitment must name its candidate.</source>
        <translation>Un engagement doit désigner son candidat.</translation>
    </message>
    <message>
        <source>Give the date the commitment was given, as YYYY-MM-DD.</source>
        <translation>Indiquez la date à laquelle l&apos;engagement a été donné, au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The commitment cannot be dated in the future.</source>
        <translation>L&apos;engagement ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>Say how the commitment was given, e.g. &quot;signed form received by e-mail&quot;.</source>
        <translation>Indiquez la forme de l&apos;engagement, p. ex. «&#xa0;formulaire signé reçu par courriel&#xa0;».</translation>
    </message>
    <message>
        <source>The commitment cannot be dated before the application (%1); check the date.</source>
        <translation>L&apos;engagement ne peut pas être daté d&apos;avant la candidature (%1)&#xa0;; vérifiez la date.</translation>
    </message>
</context>
<context>
    <name>AvailabilityModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation>Semaines restantes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pourquoi pas</translation>
    </message>
</context>
<context>
    <name>AvailabilitySearch</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Enter the first day of the planned activity.</source>
        <translation>Saisissez le premier jour de l&apos;activité prévue.</translation>
    </message>
    <message>
        <source>Enter the last day of the planned activity.</source>
        <translation>Saisissez le dernier jour de l&apos;activité prévue.</translation>
    </message>
    <message>
        <source>The planned activity ends before it starts; check the dates.</source>
        <translation>L&apos;activité prévue se termine avant de commencer&#xa0;; vérifiez les dates.</translation>
    </message>
    <message>
        <source>Not active: %1.</source>
        <translation>Non actif&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Their commitment runs from %1 to %2, not over the whole activity.</source>
        <translation>Son engagement court du %1 au %2, et ne couvre pas toute l&apos;activité.</translation>
    </message>
    <message>
        <source>Unavailable %1: %2</source>
        <translation>Indisponible %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>On &quot;%1&quot; (%2).</source>
        <translation>Sur «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>No weeks left of the %1; only as a voluntary extra.</source>
        <translation>Plus aucune semaine disponible sur les %1&#xa0;; uniquement à titre volontaire supplémentaire.</translation>
    </message>
    <message>
        <source>The activity counts %1 weeks; %2 left, the rest only as a voluntary extra.</source>
        <translation>L&apos;activité compte pour %1 semaines&#xa0;; il en reste %2, le reste uniquement à titre volontaire supplémentaire.</translation>
    </message>
    <message>
        <source>Does not list %1 among their languages.</source>
        <translation>Ne mentionne pas «&#xa0;%1&#xa0;» parmi ses langues.</translation>
    </message>
    <message>
        <source>Speaks %1 (%2).</source>
        <translation>Parle %1 (%2).</translation>
    </message>
    <message>
        <source>Speaks %1 only at %2.</source>
        <translation>Parle %1 seulement au niveau %2.</translation>
    </message>
    <message>
        <source>From the region (%1).</source>
        <translation>Originaire de la région (%1).</translation>
    </message>
    <message>
        <source>Experience in %1.</source>
        <translation>Expérience en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Led or co-facilitated %Ln activities before.</source>
        <translation>
            <numerusform>A déjà dirigé ou co-animé %Ln activité.</numerusform>
            <numerusform>A déjà dirigé ou co-animé %Ln activités.</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity as an advisor yet.</source>
        <translation>Aucune activité en tant que conseiller pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 of %2 weeks left.</source>
        <translation>%1 semaines restantes sur %2.</translation>
    </message>
    <message>
        <source>%1 weeks on activities in the year before.</source>
        <translation>%1 semaines d&apos;activités au cours de l&apos;année précédente.</translation>
    </message>
    <message>
        <source>No activity in the year before: the load is spread.</source>
        <translation>Aucune activité au cours de l&apos;année précédente&#xa0;: la charge est répartie.</translation>
    </message>
</context>
<context>
    <name>AvailableCommand</name>
    <message>
        <source>Find the accredited advisors free for planned dates, ranked by fit.</source>
        <translation>Trouver les conseillers accrédités disponibles aux dates prévues, classés par adéquation.</translation>
    </message>
    <message>
        <source>First day of the planned activity, YYYY-MM-DD.</source>
        <translation>Premier jour de l&apos;activité prévue, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the planned activity, YYYY-MM-DD.</source>
        <translation>Dernier jour de l&apos;activité prévue, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Its working language.</source>
        <translation>Sa langue de travail.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Where it takes place: %1.</source>
        <translation>Où elle se déroule&#xa0;: %1.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>A topic (repeat for several).</source>
        <translation>Un thème (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <source>It takes place online.</source>
        <translation>Elle se déroule en ligne.</translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation>Afficher du JSON au lieu de tableaux.</translation>
    </message>
    <message>
        <source>--region is one of: %1.</source>
        <translation>--region vaut l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Available, best fit first:</source>
        <translation>Disponibles, les plus adéquats en premier&#xa0;:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation>Semaines restantes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Not available:</source>
        <translation>Non disponibles&#xa0;:</translation>
    </message>
    <message>
        <source>%1 available, %2 not.</source>
        <translation>%1 disponibles, %2 non disponibles.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a verified copy of a file, even while someone is editing it.</source>
        <translation>Écrire une copie vérifiée d&apos;un fichier, même pendant que quelqu&apos;un le modifie.</translation>
    </message>
    <message>
        <source>The backup to write (it must not exist).</source>
        <translation>La sauvegarde à écrire (elle ne doit pas exister).</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>The copy could not be checked.</source>
        <translation>La copie n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; is damaged; it cannot serve as a backup.</source>
        <translation>La copie «&#xa0;%1&#xa0;» est endommagée&#xa0;; elle ne peut pas servir de sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name for the backup.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Could not write the backup &quot;%1&quot;.</source>
        <translation>Impossible d&apos;écrire la sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not flush the backup &quot;%1&quot; to disk.</source>
        <translation>Impossible d&apos;écrire sur le disque la sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not give the backup its name &quot;%1&quot;; check the folder&apos;s permissions.</source>
        <translation>Impossible de donner à la sauvegarde son nom «&#xa0;%1&#xa0;»&#xa0;; vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>Could not create the backup folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier de sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BulkScores</name>
    <message>
        <source>No candidate assigned to you has the code &quot;%1&quot;; rate only the candidates of your blank sheet (`scores-template --review`), or ask the officer to assign you.</source>
        <translation>Aucun candidat qui vous est affecté n&apos;a le code «&#xa0;%1&#xa0;»&#xa0;; n&apos;appréciez que les candidats de votre fiche vierge (`scores-template --review`), ou demandez à l&apos;agent de vous l&apos;affecter.</translation>
    </message>
    <message>
        <source>No candidate of the file has the code &quot;%1&quot;; write the code the blank sheet gives (`scores-template`) or the candidate&apos;s id.</source>
        <translation>Aucun candidat du fichier n&apos;a le code «&#xa0;%1&#xa0;»&#xa0;; écrivez le code indiqué sur la fiche vierge (`scores-template`) ou l&apos;identifiant du candidat.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; fits %2 candidates (%3); write more of the id, as a new blank sheet (`scores-template`) gives it.</source>
        <translation>Le code «&#xa0;%1&#xa0;» correspond à %2 candidats (%3)&#xa0;; écrivez une plus grande partie de l&apos;identifiant, comme l&apos;indique une nouvelle fiche vierge (`scores-template`).</translation>
    </message>
    <message>
        <source>%1&apos;s form has no criterion &quot;%2&quot;; write the criterion&apos;s code as the blank sheet (`scores-template`) gives it.</source>
        <translation>La grille de %1 n&apos;a pas de critère «&#xa0;%2&#xa0;»&#xa0;; écrivez le code du critère tel que l&apos;indique la fiche vierge (`scores-template`).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rating; write a whole number from 0 to %2 (hard requirements 0 or 1).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une appréciation&#xa0;; écrivez un nombre entier de 0 à %2 (0 ou 1 pour les conditions obligatoires).</translation>
    </message>
    <message>
        <source>No candidate of the file has the id %1.</source>
        <translation>Aucun candidat du fichier n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 is not an applicant of this workshop; leave the row out, or import without --workshop.</source>
        <translation>%1 n&apos;est pas candidat à cet atelier&#xa0;; omettez la ligne, ou importez sans --workshop.</translation>
    </message>
    <message>
        <source>%1 holds no seat of this workshop, so has no %2 rating here; leave the row out, or import without --workshop.</source>
        <translation>%1 n&apos;a pas de place dans cet atelier et n&apos;a donc pas d&apos;appréciation %2 ici&#xa0;; omettez la ligne, ou importez sans --workshop.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1&apos;s form has no criterion &quot;%2&quot; (any more?); make a new blank sheet with `scores-template`.</source>
        <translation>La grille de %1 n&apos;a pas (ou plus&#xa0;?) de critère «&#xa0;%2&#xa0;»&#xa0;; créez une nouvelle fiche vierge avec `scores-template`.</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>Le commentaire est trop long.</translation>
    </message>
    <message>
        <source>%1 is rated on &quot;%2&quot; twice, in rows %3 and %4; keep one.</source>
        <translation>%1 est apprécié deux fois sur «&#xa0;%2&#xa0;», aux lignes %3 et %4&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>You submitted your form of %1 in %2; submitted scores are final and cannot change.</source>
        <translation>Vous avez soumis votre grille de %1 dans %2&#xa0;; les notes soumises sont définitives et ne peuvent plus être modifiées.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was saved.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;; rien n&apos;a été enregistré.</numerusform>
            <numerusform>%n lignes refusées&#xa0;; rien n&apos;a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; fits %2 items of %3&apos;s form (%4); write more of the activity&apos;s id, as a new blank sheet (`scores-template`) gives it.</source>
        <translation>Le code «&#xa0;%1&#xa0;» correspond à %2 éléments du formulaire de %3 (%4)&#xa0;; écrivez une plus grande partie de l&apos;identifiant de l&apos;activité, tel que le donne une nouvelle fiche vierge (`scores-template`).</translation>
    </message>
    <message>
        <source>Your score of %1, &quot;%2&quot; was saved elsewhere (by %3) after it was read; reload the grid (Undo Typing) to see it and type your rating again if you still mean to.</source>
        <translation>Votre appréciation de %1, « %2 » a été enregistrée ailleurs (par %3) après avoir été lue ; rechargez la grille (Annuler la saisie) pour la voir et tapez de nouveau votre appréciation si telle est toujours votre intention.</translation>
    </message>
</context>
<context>
    <name>Candidate</name>
    <message>
        <source>%1, %2</source>
        <comment>family name, given names</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given names, family name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s family name.</source>
        <translation>Saisissez le nom de famille du candidat.</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s nationality.</source>
        <translation>Saisissez la nationalité du candidat.</translation>
    </message>
    <message>
        <source>Enter the Customs administration that nominates the candidate.</source>
        <translation>Saisissez l&apos;administration des douanes qui présente le candidat.</translation>
    </message>
    <message>
        <source>Choose the WCO region of the nominating administration.</source>
        <translation>Choisissez la région OMD de l&apos;administration qui présente le candidat.</translation>
    </message>
    <message>
        <source>This text is longer than %L1 characters; shorten it or attach it as a document.</source>
        <translation>Ce texte dépasse %L1 caractères&#xa0;; raccourcissez-le ou joignez-le sous forme de document.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; write it as name@example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique&#xa0;; écrivez-la sous la forme nom@example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; use digits, spaces and an optional leading +.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone&#xa0;; utilisez des chiffres, des espaces et éventuellement un + initial.</translation>
    </message>
    <message>
        <source>The date of birth makes the candidate younger than 18 or older than 100 when applying; check the date.</source>
        <translation>D&apos;après la date de naissance, le candidat aurait moins de 18 ans ou plus de 100 ans lors de sa candidature&#xa0;; vérifiez la date.</translation>
    </message>
    <message>
        <source>Years in Customs must be between 0 and %1.</source>
        <translation>Les années dans les douanes doivent être comprises entre 0 et %1.</translation>
    </message>
    <message>
        <source>Years in public administration must be between 0 and %1.</source>
        <translation>Les années dans l&apos;administration publique doivent être comprises entre 0 et %1.</translation>
    </message>
    <message>
        <source>Enter the date the application was received.</source>
        <translation>Saisissez la date de réception de la candidature.</translation>
    </message>
    <message>
        <source>The application date lies in the future; check the date.</source>
        <translation>La date de candidature est dans le futur&#xa0;; vérifiez la date.</translation>
    </message>
    <message>
        <source>A language in the list has no name; name it or remove the row.</source>
        <translation>Une langue de la liste n&apos;a pas de nom&#xa0;; nommez-la ou retirez la ligne.</translation>
    </message>
    <message>
        <source>English has its own field; remove it from the other languages.</source>
        <translation>L&apos;anglais a son propre champ&#xa0;; retirez-le des autres langues.</translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one row per language.</source>
        <translation>%1 figure deux fois&#xa0;; gardez une seule ligne par langue.</translation>
    </message>
    <message>
        <source>the same e-mail address</source>
        <translation>la même adresse électronique</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>le même numéro de téléphone</translation>
    </message>
    <message>
        <source>the same family name and date of birth</source>
        <translation>le même nom de famille et la même date de naissance</translation>
    </message>
</context>
<context>
    <name>CandidateAddCommand</name>
    <message>
        <source>Add a candidate at stage &quot;applied&quot;, as the window&apos;s New Candidate (officers only).</source>
        <translation>Ajouter un candidat à l&apos;étape «&#xa0;applied&#xa0;», comme Nouveau candidat dans la fenêtre (agents uniquement).</translation>
    </message>
    <message>
        <source>Nobody was added. Run &quot;accreditation-desk-cli candidate-add --help&quot; for the values each option takes.</source>
        <translation>Personne n&apos;a été ajouté. Lancez «&#xa0;accreditation-desk-cli candidate-add --help&#xa0;» pour connaître les valeurs de chaque option.</translation>
    </message>
    <message>
        <source>Nobody was added: give the options above and run &quot;candidate-add&quot; again.</source>
        <translation>Personne n&apos;a été ajouté&#xa0;: indiquez les options ci-dessus et relancez «&#xa0;candidate-add&#xa0;».</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <translation>Personne n&apos;a été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added %1 at stage &quot;%2&quot; (%3).</source>
        <translation>%1 ajouté à l&apos;étape «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
</context>
<context>
    <name>CandidateEditCommand</name>
    <message>
        <source>Change a candidate&apos;s fields, as the window&apos;s candidate editor (officers only).</source>
        <translation>Modifier les champs d&apos;un candidat, comme l&apos;éditeur de candidat de la fenêtre (agents uniquement).</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to change, e.g. --email ADDRESS (see &quot;accreditation-desk-cli candidate-edit --help&quot;).</source>
        <translation>Rien à modifier&#xa0;: indiquez les champs à modifier, p. ex. --email ADDRESS (voir «&#xa0;accreditation-desk-cli candidate-edit --help&#xa0;»).</translation>
    </message>
    <message>
        <source>Nothing was changed. Run &quot;accreditation-desk-cli candidate-edit --help&quot; for the values each option takes.</source>
        <translation>Rien n&apos;a été modifié. Lancez «&#xa0;accreditation-desk-cli candidate-edit --help&#xa0;» pour connaître les valeurs de chaque option.</translation>
    </message>
    <message>
        <source>Nothing was changed: the personal data of %1 was erased; the record cannot be edited.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: les données personnelles de %1 ont été effacées&#xa0;; la fiche ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the options above and run &quot;candidate-edit&quot; again.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: corrigez les options ci-dessus et relancez «&#xa0;candidate-edit&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was changed for %1: %2</source>
        <translation>Rien n&apos;a été modifié pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 (%2) enregistré.</translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>No&amp;m de famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms&#xa0;:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nationalité&#xa0;:</translation>
    </message>
    <message>
        <source>Nominating administration</source>
        <translation>Administration qui présente la candidature</translation>
    </message>
    <message>
        <source>&amp;Customs administration:</source>
        <translation>Adminis&amp;tration des douanes&#xa0;:</translation>
    </message>
    <message>
        <source>WCO &amp;region:</source>
        <translation>Région &amp;OMD&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation>Choisissez une région</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>Qualifications and experience</source>
        <translation>Qualifications et expérience</translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation>Niveau d&apos;&amp;études le plus élevé&#xa0;:</translation>
    </message>
    <message>
        <source>Years in C&amp;ustoms:</source>
        <translation>Années dans &amp;les douanes&#xa0;:</translation>
    </message>
    <message>
        <source>Years in public &amp;administration:</source>
        <translation>Années dans l&apos;administration pu&amp;blique&#xa0;:</translation>
    </message>
    <message>
        <source>Eng&amp;lish:</source>
        <translation>&amp;Anglais&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Add &amp;language</source>
        <translation>A&amp;jouter une langue</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Retirer la langue</translation>
    </message>
    <message>
        <source>Other lan&amp;guages:</source>
        <translation>A&amp;utres langues&#xa0;:</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Autres langues</translation>
    </message>
    <message>
        <source>Level of %1</source>
        <translation>Niveau de %1</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Nouvelle langue</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>&amp;IPR experience:</source>
        <translation>E&amp;xpérience en DPI&#xa0;:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Applica&amp;tion received:</source>
        <translation>Cand&amp;idature reçue le&#xa0;:</translation>
    </message>
    <message>
        <source>The candidate agreed that their data is kept</source>
        <translation>Le candidat a consenti à la conservation de ses données</translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation>Con&amp;sentement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Select a candidate, or add one with Edit &gt; New Candidate.</source>
        <translation>Sélectionnez un candidat, ou ajoutez-en un avec Édition &gt; Nouveau candidat.</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 may be the same person as:
%2

Link the records as the same person? Nothing is merged: both records stay as they are.</source>
        <translation>%1 est peut-être la même personne que&#xa0;:
%2

Lier les fiches comme une même personne&#xa0;? Rien n&apos;est fusionné&#xa0;: les deux fiches restent telles quelles.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>&amp;Link as Same Person</source>
        <translation>&amp;Lier comme même personne</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Non lié</translation>
    </message>
    <message>
        <source>&amp;Workshop applied to:</source>
        <translation>Atelier &amp;visé&#xa0;:</translation>
    </message>
    <message>
        <source>The candidate&apos;s record</source>
        <translation>La fiche du candidat</translation>
    </message>
</context>
<context>
    <name>CandidateFields</name>
    <message>
        <source>Family name (required).</source>
        <translation>Nom de famille (obligatoire).</translation>
    </message>
    <message>
        <source>Given names.</source>
        <translation>Prénoms.</translation>
    </message>
    <message>
        <source>Gender: %1.</source>
        <translation>Genre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation>Date de naissance, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Nationality (required).</source>
        <translation>Nationalité (obligatoire).</translation>
    </message>
    <message>
        <source>The nominating Customs administration (required).</source>
        <translation>L&apos;administration des douanes qui présente le candidat (obligatoire).</translation>
    </message>
    <message>
        <source>WCO region (required): %1.</source>
        <translation>Région OMD (obligatoire)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Position held.</source>
        <translation>Fonction occupée.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse électronique.</translation>
    </message>
    <message>
        <source>Telephone: digits, spaces, ()./- and an optional leading +.</source>
        <translation>Téléphone&#xa0;: chiffres, espaces, ()./- et un + initial facultatif.</translation>
    </message>
    <message>
        <source>Highest education: %1.</source>
        <translation>Niveau d&apos;études le plus élevé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Years in Customs, 0 to 60.</source>
        <translation>Années dans les douanes, de 0 à 60.</translation>
    </message>
    <message>
        <source>Years in public administration, 0 to 60.</source>
        <translation>Années dans l&apos;administration publique, de 0 à 60.</translation>
    </message>
    <message>
        <source>English level: %1.</source>
        <translation>Niveau d&apos;anglais&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Other languages with their levels, e.g. &quot;French:c1; Spanish:b2&quot; (not English).</source>
        <translation>Autres langues avec leur niveau, p. ex. «&#xa0;French:c1; Spanish:b2&#xa0;» (sauf l&apos;anglais).</translation>
    </message>
    <message>
        <source>Experience in intellectual property rights.</source>
        <translation>Expérience en matière de droits de propriété intellectuelle.</translation>
    </message>
    <message>
        <source>Consent to keep the data: yes or no.</source>
        <translation>Consentement à la conservation des données&#xa0;: yes ou no.</translation>
    </message>
    <message>
        <source>Date of the application, YYYY-MM-DD (required; not in the future).</source>
        <translation>Date de la candidature, AAAA-MM-JJ (obligatoire&#xa0;; pas dans le futur).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
</context>
<context>
    <name>CandidateListView</name>
    <message>
        <source>Filter by name, administration, country or e-mail</source>
        <translation>Filtrer par nom, administration, pays ou courriel</translation>
    </message>
    <message>
        <source>Filter candidates</source>
        <translation>Filtrer les candidats</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Not yet &amp;informed</source>
        <translation>Pas encore &amp;informé</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>Co&amp;lonnes</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Tous les ateliers</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln candidat</numerusform>
            <numerusform>%Ln candidats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln candidate(s)</source>
        <translation>
            <numerusform>%1 sur %Ln candidat</numerusform>
            <numerusform>%1 sur %Ln candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivés</translation>
    </message>
    <message>
        <source>&amp;Retention due</source>
        <translation>Conservation é&amp;chue</translation>
    </message>
    <message>
        <source>Candidates without consent to keep their data whose retention period is over</source>
        <translation>Candidats sans consentement à la conservation de leurs données dont la durée de conservation est écoulée</translation>
    </message>
    <message>
        <source>Search in &amp;documents</source>
        <translation>Rechercher dans les &amp;documents</translation>
    </message>
    <message>
        <source>Find every word in the candidates&apos; fields or the text of their documents (CVs, forms), and show where</source>
        <translation>Trouver chaque mot dans les champs des candidats ou dans le texte de leurs documents (CV, formulaires), et indiquer où</translation>
    </message>
    <message>
        <source>Where the words were found</source>
        <translation>Où les mots ont été trouvés</translation>
    </message>
    <message>
        <source>Search names, fields and documents (CVs, forms)</source>
        <translation>Rechercher dans les noms, les champs et les documents (CV, formulaires)</translation>
    </message>
    <message>
        <source>Where the words were found (the best %1 places):</source>
        <translation>Où les mots ont été trouvés (les %1 meilleurs emplacements)&#xa0;:</translation>
    </message>
    <message>
        <source>Where the words were found:</source>
        <translation>Où les mots ont été trouvés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) are not searchable yet: the officer&apos;s copy of the application reads them.</source>
        <translation>
            <numerusform>%Ln document n&apos;est pas encore consultable&#xa0;: c&apos;est la copie du fichier tenue par l&apos;agent qui le lit.</numerusform>
            <numerusform>%Ln documents ne sont pas encore consultables&#xa0;: c&apos;est la copie du fichier tenue par l&apos;agent qui les lit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) are still being read and not searched yet.</source>
        <translation>
            <numerusform>%Ln document est encore en cours de lecture et n&apos;est pas encore inclus dans la recherche.</numerusform>
            <numerusform>%Ln documents sont encore en cours de lecture et ne sont pas encore inclus dans la recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for where the words were found…</source>
        <translation>Recherche des emplacements des mots…</translation>
    </message>
    <message>
        <source>No candidates in this file yet. Add them one by one, or import the applications from a spreadsheet saved as CSV.</source>
        <translation>Aucun candidat dans ce fichier pour l&apos;instant. Ajoutez-les un par un, ou importez les candidatures depuis un tableur enregistré au format CSV.</translation>
    </message>
    <message>
        <source>&amp;New Candidate</source>
        <translation>&amp;Nouveau candidat</translation>
    </message>
    <message>
        <source>I&amp;mport Applications…</source>
        <translation>Importer des candidat&amp;ures…</translation>
    </message>
</context>
<context>
    <name>CandidateLookup</name>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n candidates; run the command again with the id of the one you mean:</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» désigne %n candidat&#xa0;; relancez la commande avec l&apos;identifiant de celui que vous visez&#xa0;:</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» désigne %n candidats&#xa0;; relancez la commande avec l&apos;identifiant de celui que vous visez&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate matches &quot;%1&quot;. Run &quot;candidates FILE&quot; for the list, with their ids.</source>
        <translation>Aucun candidat ne correspond à «&#xa0;%1&#xa0;». Lancez «&#xa0;candidates FILE&#xa0;» pour obtenir la liste, avec les identifiants.</translation>
    </message>
    <message>
        <source>No candidate you may see matches &quot;%1&quot;: you see the candidates assigned to you. Run &quot;candidates FILE&quot; for yours; the officer assigns others (assign).</source>
        <translation>Aucun candidat visible pour vous ne correspond à «&#xa0;%1&#xa0;»&#xa0;: vous voyez les candidats qui vous sont affectés. Lancez «&#xa0;candidates FILE&#xa0;» pour voir les vôtres&#xa0;; l&apos;agent affecte les autres (assign).</translation>
    </message>
</context>
<context>
    <name>CandidateSearch</name>
    <message>
        <source>Could not search the candidates.</source>
        <translation>Impossible de rechercher les candidats.</translation>
    </message>
    <message>
        <source>Could not read the documents.</source>
        <translation>Impossible de lire les documents.</translation>
    </message>
    <message>
        <source>Could not count the documents.</source>
        <translation>Impossible de compter les documents.</translation>
    </message>
    <message>
        <source>Could not store the documents&apos; text.</source>
        <translation>Impossible d&apos;enregistrer le texte des documents.</translation>
    </message>
</context>
<context>
    <name>CandidateStandingView</name>
    <message>
        <source>Decisions about the candidate</source>
        <translation>Décisions concernant le candidat</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Décider…</translation>
    </message>
    <message>
        <source>Re&amp;verse Latest…</source>
        <translation>&amp;Annuler la dernière…</translation>
    </message>
    <message>
        <source>Records a new decision that takes the candidate back; the history keeps both.</source>
        <translation>Enregistre une nouvelle décision qui ramène le candidat en arrière&#xa0;; l&apos;historique conserve les deux.</translation>
    </message>
    <message>
        <source>Told on</source>
        <translation>Informé le</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Informé par</translation>
    </message>
    <message>
        <source>Record as &amp;Told</source>
        <translation>&amp;Marquer comme informé</translation>
    </message>
    <message>
        <source>Stage 1 screening</source>
        <translation>Présélection de l&apos;étape 1</translation>
    </message>
    <message>
        <source>&amp;Hard requirements met</source>
        <translation>Conditions &amp;obligatoires remplies</translation>
    </message>
    <message>
        <source>Counted criteria met</source>
        <translation>Critères comptés remplis</translation>
    </message>
    <message>
        <source>Counted criteria in the profile</source>
        <translation>Critères comptés dans le profil</translation>
    </message>
    <message>
        <source>of </source>
        <translation>sur </translation>
    </message>
    <message>
        <source>Screening note</source>
        <translation>Note de présélection</translation>
    </message>
    <message>
        <source>Save &amp;Screening</source>
        <translation>Enregistrer la &amp;présélection</translation>
    </message>
    <message>
        <source>&amp;Counted criteria met:</source>
        <translation>&amp;Critères comptés remplis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Availability commitment (point 5 of the call)</source>
        <translation>Engagement de disponibilité (point 5 de l&apos;appel)</translation>
    </message>
    <message>
        <source>Commitment given on</source>
        <translation>Engagement donné le</translation>
    </message>
    <message>
        <source>How the commitment was given</source>
        <translation>Forme de l&apos;engagement</translation>
    </message>
    <message>
        <source>e.g. signed form received by e-mail</source>
        <translation>p. ex. formulaire signé reçu par courriel</translation>
    </message>
    <message>
        <source>Save C&amp;ommitment</source>
        <translation>&amp;Enregistrer l&apos;engagement</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>Donné &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Ho&amp;w:</source>
        <translation>&amp;Forme&#xa0;:</translation>
    </message>
    <message>
        <source>Select a candidate to see their decisions.</source>
        <translation>Sélectionnez un candidat pour voir les décisions le concernant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stands at &quot;%2&quot;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; se trouve à l&apos;étape «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Dérogation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reverses the decision before.</source>
        <translation>Annule la décision précédente.</translation>
    </message>
    <message>
        <source>Accredited on %1.</source>
        <translation>Accrédité le %1.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>No screening recorded: selection needs one, or a written override.</source>
        <translation>Aucune présélection enregistrée&#xa0;: la sélection en exige une, ou une dérogation écrite.</translation>
    </message>
    <message>
        <source>Given on %1.</source>
        <translation>Donné le %1.</translation>
    </message>
    <message>
        <source>Not recorded: a selected candidate cannot be confirmed without it.</source>
        <translation>Non enregistré&#xa0;: un candidat retenu ne peut pas être confirmé sans cet engagement.</translation>
    </message>
    <message>
        <source>Screening not saved</source>
        <translation>Présélection non enregistrée</translation>
    </message>
    <message>
        <source>Commitment not saved</source>
        <translation>Engagement non enregistré</translation>
    </message>
    <message>
        <source>Reverse the Latest Decision</source>
        <translation>Annuler la dernière décision</translation>
    </message>
    <message>
        <source>Why is &quot;%1 → %2&quot; reversed? The decision stays in the history.</source>
        <translation>Pourquoi annuler «&#xa0;%1 → %2&#xa0;»&#xa0;? La décision reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Not reversed</source>
        <translation>Non annulée</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Screening: %1. Recorded %2 by %3.</source>
        <translation>Présélection&#xa0;: %1. Enregistrée le %2 par %3.</translation>
    </message>
    <message>
        <source>Decisions, screening and commitment</source>
        <translation>Décisions, présélection et engagement</translation>
    </message>
    <message>
        <source>Stage 1 pre-check against the competence profile</source>
        <translation>Vérification préalable de l&apos;étape 1 au regard du profil de compétences</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Print the candidate&apos;s sheet or letter</source>
        <translation>Imprimer la fiche ou la lettre du candidat</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Candidature du</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>Workshop applied to</source>
        <translation>Atelier visé</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <source>Could not read the candidates&apos; languages.</source>
        <translation>Impossible de lire les langues des candidats.</translation>
    </message>
    <message>
        <source>Could not read the candidate.</source>
        <translation>Impossible de lire le candidat.</translation>
    </message>
    <message>
        <source>The candidate is no longer in the file; someone may have removed them. Reload the list.</source>
        <translation>Le candidat ne figure plus dans le fichier&#xa0;; quelqu&apos;un l&apos;a peut-être supprimé. Rechargez la liste.</translation>
    </message>
    <message>
        <source>Could not save the candidate&apos;s languages.</source>
        <translation>Impossible d&apos;enregistrer les langues du candidat.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it. Your changes were not saved; reload to see theirs, then make your changes again.</source>
        <translation>%1 a été modifié par %2 à %3, après que vous l&apos;avez ouvert. Vos modifications n&apos;ont pas été enregistrées&#xa0;; rechargez pour voir les siennes, puis refaites vos modifications.</translation>
    </message>
    <message>
        <source>Could not import %1.</source>
        <translation>Impossible d&apos;importer %1.</translation>
    </message>
    <message>
        <source>Could not import %1&apos;s languages.</source>
        <translation>Impossible d&apos;importer les langues de %1.</translation>
    </message>
    <message>
        <source>Could not read the candidates.</source>
        <translation>Impossible de lire les candidats.</translation>
    </message>
    <message>
        <source>Could not search the candidates.</source>
        <translation>Impossible de rechercher les candidats.</translation>
    </message>
    <message>
        <source>Could not count the candidates.</source>
        <translation>Impossible de compter les candidats.</translation>
    </message>
    <message>
        <source>This candidate&apos;s personal data was erased; the record cannot be edited.</source>
        <translation>Les données personnelles de ce candidat ont été effacées&#xa0;; la fiche ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d&apos;enregistrer %1.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reload.</source>
        <translation>%1 a été modifié entre-temps par quelqu&apos;un d&apos;autre&#xa0;; rechargez.</translation>
    </message>
    <message>
        <source>Could not look for duplicates.</source>
        <translation>Impossible de rechercher les doublons.</translation>
    </message>
    <message>
        <source>Choose two different candidates to link.</source>
        <translation>Choisissez deux candidats différents à lier.</translation>
    </message>
    <message>
        <source>Could not link the two candidates.</source>
        <translation>Impossible de lier les deux candidats.</translation>
    </message>
    <message>
        <source>Could not read the linked candidates.</source>
        <translation>Impossible de lire les candidats liés.</translation>
    </message>
    <message>
        <source>Could not archive %1.</source>
        <translation>Impossible d&apos;archiver %1.</translation>
    </message>
    <message>
        <source>Write why the personal data is erased; the reason is kept.</source>
        <translation>Indiquez pourquoi les données personnelles sont effacées&#xa0;; le motif est conservé.</translation>
    </message>
    <message>
        <source>Could not erase the personal data.</source>
        <translation>Impossible d&apos;effacer les données personnelles.</translation>
    </message>
    <message>
        <source>There is no candidate to import; nothing was imported.</source>
        <translation>Il n&apos;y a aucun candidat à importer&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2
Nothing was imported.</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2
Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>A workshop named by the import is not in the file; nothing was imported.</source>
        <translation>Un atelier désigné par l&apos;importation ne figure pas dans le fichier&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Could not read the candidate to link.</source>
        <translation>Impossible de lire le candidat à lier.</translation>
    </message>
    <message>
        <source>A candidate the import links a row to is no longer in the file; nothing was imported. Import again.</source>
        <translation>Un candidat auquel l&apos;importation lie une ligne ne figure plus dans le fichier&#xa0;; rien n&apos;a été importé. Importez de nouveau.</translation>
    </message>
    <message>
        <source>Could not link %1 to the candidate already in the file.</source>
        <translation>Impossible de lier %1 au candidat déjà présent dans le fichier.</translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s documents.</source>
        <translation>Impossible de lire les documents du candidat.</translation>
    </message>
    <message>
        <source>Could not read the document.</source>
        <translation>Impossible de lire le document.</translation>
    </message>
    <message>
        <source>The document is no longer in the file.</source>
        <translation>Le document ne figure plus dans le fichier.</translation>
    </message>
    <message>
        <source>This document is already attached as &quot;%1&quot;.</source>
        <translation>Ce document est déjà joint sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not store the document.</source>
        <translation>Impossible d&apos;enregistrer le document.</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot;</source>
        <translation>le document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not remove the document.</source>
        <translation>Impossible de retirer le document.</translation>
    </message>
    <message>
        <source>Could not read the reviewer&apos;s assignments.</source>
        <translation>Impossible de lire les affectations de l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>Could not read the workshops.</source>
        <translation>Impossible de lire les ateliers.</translation>
    </message>
    <message>
        <source>Could not record the application.</source>
        <translation>Impossible d&apos;enregistrer la candidature.</translation>
    </message>
    <message>
        <source>Could not record the import in the audit trail.</source>
        <translation>Impossible d&apos;enregistrer l&apos;importation dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>CandidatesCommand</name>
    <message>
        <source>List the candidates of a file with their stage.</source>
        <translation>Lister les candidats d&apos;un fichier avec leur étape.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s).</source>
        <translation>
            <numerusform>%Ln candidat.</numerusform>
            <numerusform>%Ln candidats.</numerusform>
        </translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only candidates in whose record every word of TEXT is found: names, administration, nationality, e-mail, position, IPR experience or the text of their documents (accents and case ignored; run &quot;index&quot; first so that new documents are searched). Shows where each was found.</source>
        <translation>Uniquement les candidats dont la fiche contient chaque mot de TEXT&#xa0;: noms, administration, nationalité, courriel, fonction, expérience en DPI ou texte de leurs documents (sans tenir compte des accents ni de la casse&#xa0;; lancez d&apos;abord «&#xa0;index&#xa0;» pour que les nouveaux documents soient inclus dans la recherche). Indique où chacun a été trouvé.</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) not searched yet: run &quot;accreditation-desk-cli index FILE&quot; to read them.</source>
        <translation>
            <numerusform>%Ln document pas encore inclus dans la recherche&#xa0;: lancez «&#xa0;accreditation-desk-cli index FILE&#xa0;» pour le lire.</numerusform>
            <numerusform>%Ln documents pas encore inclus dans la recherche&#xa0;: lancez «&#xa0;accreditation-desk-cli index FILE&#xa0;» pour les lire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only candidates at this stage (%1).</source>
        <translation>Uniquement les candidats à cette étape (%1).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>Only candidates of this region (%1).</source>
        <translation>Uniquement les candidats de cette région (%1).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>Only candidates with a decision about this workshop (id or words of its title).</source>
        <translation>Uniquement les candidats faisant l&apos;objet d&apos;une décision concernant cet atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Only candidates whose latest decision awaits being told.</source>
        <translation>Uniquement les candidats dont la dernière décision ne leur a pas encore été communiquée.</translation>
    </message>
    <message>
        <source>Archived candidates too (left out otherwise).</source>
        <translation>Les candidats archivés aussi (omis sinon).</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>The same figures are in the Table tab.</source>
        <translation>Les mêmes chiffres figurent dans l&apos;onglet Tableau.</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1, sous forme de tableau</translation>
    </message>
    <message>
        <source>%1: chart or table</source>
        <translation>%1&#xa0;: graphique ou tableau</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export %1 as a PNG image</source>
        <translation>Exporter %1 en image PNG</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>Exporter %1 en PDF</translation>
    </message>
    <message>
        <source>Export the Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the Chart as PDF</source>
        <translation>Exporter le graphique en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a file: integrity, references, format version, the pipeline&apos;s rules and the audit trail.</source>
        <translation>Vérifier un fichier&#xa0;: intégrité, références, version du format, règles du parcours et journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The Accreditation Desk file (opened read-only).</source>
        <translation>Le fichier Accreditation Desk (ouvert en lecture seule).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problem(s) found.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln problème trouvé.</numerusform>
            <numerusform>%1&#xa0;: %Ln problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1&#xa0;: aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Remember the file&apos;s present history as seen on this computer, after you found why it no longer holds what this computer saw (for example a restored backup).</source>
        <translation>Mémoriser l&apos;historique actuel du fichier tel que vu sur cet ordinateur, après avoir établi pourquoi il ne contient plus ce que cet ordinateur avait vu (par exemple une sauvegarde restaurée).</translation>
    </message>
    <message>
        <source>This computer now takes the file&apos;s present history as the one it saw.</source>
        <translation>Cet ordinateur considère désormais l&apos;historique actuel du fichier comme celui qu&apos;il a vu.</translation>
    </message>
</context>
<context>
    <name>CloseStepCommand</name>
    <message>
        <source>Close (or reopen) a step of a workshop&apos;s round.</source>
        <translation>Clore (ou rouvrir) une phase du cycle d&apos;un atelier.</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>The step: %1.</source>
        <translation>La phase&#xa0;: %1.</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>Why it closes although candidates are still to be informed, or why it reopens.</source>
        <translation>Pourquoi elle est close alors que des candidats restent à informer, ou pourquoi elle est rouverte.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Reopen the step instead.</source>
        <translation>Rouvrir la phase à la place.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; reopened.</source>
        <translation>%1 de «&#xa0;%2&#xa0;» rouverte.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; closed.</source>
        <translation>%1 de «&#xa0;%2&#xa0;» close.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Lancez «&#xa0;%1 --help&#xa0;» pour connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments.</source>
        <translation>%1&#xa0;: nombre d&apos;arguments incorrect.</translation>
    </message>
    <message>
        <source>Act as PERSON (their account or name, as recorded in the file) instead of the operating-system user. The same roles apply.</source>
        <translation>Agir en tant que PERSON (son compte ou son nom, tel qu&apos;enregistré dans le fichier) au lieu de l&apos;utilisateur du système d&apos;exploitation. Les mêmes rôles s&apos;appliquent.</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>Internal error: &quot;%1&quot; opens the file for editing but does not declare that it writes (Command::declareWrites).</source>
        <translation>Erreur interne&#xa0;: «&#xa0;%1&#xa0;» ouvre le fichier en modification mais ne déclare pas qu&apos;il écrit (Command::declareWrites).</translation>
    </message>
    <message>
        <source>Internal error: &quot;%1&quot; made &quot;%2&quot; but does not declare that it creates files (Command::declareCreates).</source>
        <translation>Erreur interne&#xa0;: «&#xa0;%1&#xa0;» a créé «&#xa0;%2&#xa0;» mais ne déclare pas qu&apos;il crée des fichiers (Command::declareCreates).</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD.</source>
        <translation>--%1 doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The assessment round: selection (or 1, Stage 1), workshop (2) or field_assessment (3). Without it: %1.</source>
        <translation>Le cycle d&apos;évaluation&#xa0;: selection (ou 1, étape 1), workshop (2) ou field_assessment (3). Par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>ROUND</translation>
    </message>
    <message>
        <source>--round &quot;%1&quot; is not a round; give selection (1), workshop (2) or field_assessment (3).</source>
        <translation>--round «&#xa0;%1&#xa0;» n&apos;est pas un cycle&#xa0;; indiquez selection (1), workshop (2) ou field_assessment (3).</translation>
    </message>
</context>
<context>
    <name>CommitmentCommand</name>
    <message>
        <source>Record a participant&apos;s availability commitment (point 5 of the call).</source>
        <translation>Enregistrer l&apos;engagement de disponibilité d&apos;un participant (point 5 de l&apos;appel).</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>When it was given, as YYYY-MM-DD.</source>
        <translation>Date à laquelle il a été donné, au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>How it was given, e.g. &quot;signed form by e-mail&quot;.</source>
        <translation>Forme sous laquelle il a été donné, p. ex. «&#xa0;formulaire signé par courriel&#xa0;».</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--given must be a date as YYYY-MM-DD.</source>
        <translation>--given doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Commitment of %1 recorded (given %2).</source>
        <translation>Engagement de %1 enregistré (donné le %2).</translation>
    </message>
</context>
<context>
    <name>CommitmentLedger</name>
    <message>
        <source>%1 / %2 weeks + %3 voluntary, until %4</source>
        <translation>%1 / %2 semaines + %3 à titre volontaire, jusqu&apos;au %4</translation>
    </message>
    <message>
        <source>%1 / %2 weeks, until %3</source>
        <translation>%1 / %2 semaines, jusqu&apos;au %3</translation>
    </message>
</context>
<context>
    <name>CompetenceProfile</name>
    <message>
        <source>The profile version must be 1 or more.</source>
        <translation>La version du profil doit être supérieure ou égale à 1.</translation>
    </message>
    <message>
        <source>Give the competence profile a title.</source>
        <translation>Donnez un titre au profil de compétences.</translation>
    </message>
    <message>
        <source>The share of counted criteria to meet must be between 1 and 99 percent.</source>
        <translation>La part des critères comptés à remplir doit être comprise entre 1 et 99 pour cent.</translation>
    </message>
    <message>
        <source>A competence profile needs at least one group of criteria.</source>
        <translation>Un profil de compétences doit comporter au moins un groupe de critères.</translation>
    </message>
    <message>
        <source>Every group needs a key and a name.</source>
        <translation>Chaque groupe doit avoir une clé et un nom.</translation>
    </message>
    <message>
        <source>The group key &quot;%1&quot; is used twice.</source>
        <translation>La clé de groupe «&#xa0;%1&#xa0;» est utilisée deux fois.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; has no criteria.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» n&apos;a aucun critère.</translation>
    </message>
    <message>
        <source>Every criterion needs a key and a name.</source>
        <translation>Chaque critère doit avoir une clé et un nom.</translation>
    </message>
    <message>
        <source>The criterion key &quot;%1&quot; is used twice.</source>
        <translation>La clé de critère «&#xa0;%1&#xa0;» est utilisée deux fois.</translation>
    </message>
    <message>
        <source>A profile needs at least one counted criterion.</source>
        <translation>Un profil doit comporter au moins un critère compté.</translation>
    </message>
    <message>
        <source>IPR TOA competence profile (2023 call)</source>
        <translation>Profil de compétences des CTO en matière de DPI (appel de 2023)</translation>
    </message>
    <message>
        <source>Personal Skills</source>
        <translation>Compétences personnelles</translation>
    </message>
    <message>
        <source>Interpersonal and communication skills</source>
        <translation>Aptitudes relationnelles et de communication</translation>
    </message>
    <message>
        <source>Suitability for international development work</source>
        <translation>Aptitude au travail de développement international</translation>
    </message>
    <message>
        <source>Social and methodological skills</source>
        <translation>Compétences sociales et méthodologiques</translation>
    </message>
    <message>
        <source>Academic Background</source>
        <translation>Formation universitaire</translation>
    </message>
    <message>
        <source>University education or 5 years in public administration</source>
        <translation>Études universitaires ou 5 ans dans l&apos;administration publique</translation>
    </message>
    <message>
        <source>Post-graduate degree</source>
        <translation>Diplôme de troisième cycle</translation>
    </message>
    <message>
        <source>Professional Career Expertise</source>
        <translation>Expertise professionnelle</translation>
    </message>
    <message>
        <source>At least 5 years in a Customs administration</source>
        <translation>Au moins 5 ans dans une administration des douanes</translation>
    </message>
    <message>
        <source>Customs modernization experience</source>
        <translation>Expérience de la modernisation douanière</translation>
    </message>
    <message>
        <source>Knowledge of IPR</source>
        <translation>Connaissance des DPI</translation>
    </message>
    <message>
        <source>Current IPR developments and trends</source>
        <translation>Évolutions et tendances actuelles en matière de DPI</translation>
    </message>
    <message>
        <source>Advisor, facilitator or mentor experience</source>
        <translation>Expérience de conseiller, d&apos;animateur ou de mentor</translation>
    </message>
    <message>
        <source>Knowledge of WCO Standards and Instruments</source>
        <translation>Connaissance des normes et instruments de l&apos;OMD</translation>
    </message>
    <message>
        <source>WCO strategies and instruments</source>
        <translation>Stratégies et instruments de l&apos;OMD</translation>
    </message>
    <message>
        <source>Enforcement issues and WCO risk tools</source>
        <translation>Questions de lutte contre la fraude et outils de gestion des risques de l&apos;OMD</translation>
    </message>
    <message>
        <source>Recent WCO IPR tools</source>
        <translation>Outils récents de l&apos;OMD en matière de DPI</translation>
    </message>
    <message>
        <source>International IPR standards (TRIPS)</source>
        <translation>Normes internationales en matière de DPI (ADPIC)</translation>
    </message>
    <message>
        <source>IPR data analysis</source>
        <translation>Analyse des données relatives aux DPI</translation>
    </message>
    <message>
        <source>IPR CENcomm tool</source>
        <translation>Outil IPR CENcomm</translation>
    </message>
    <message>
        <source>CEN data visualisation tools</source>
        <translation>Outils de visualisation des données du CEN</translation>
    </message>
    <message>
        <source>Port and airport risk assessment</source>
        <translation>Évaluation des risques dans les ports et aéroports</translation>
    </message>
    <message>
        <source>IPR risk assessment techniques</source>
        <translation>Techniques d&apos;évaluation des risques en matière de DPI</translation>
    </message>
    <message>
        <source>Transport modes, trade and Customs documents</source>
        <translation>Modes de transport, documents commerciaux et douaniers</translation>
    </message>
    <message>
        <source>Trends in IPR fraud and crime</source>
        <translation>Tendances de la fraude et de la criminalité en matière de DPI</translation>
    </message>
    <message>
        <source>International IPR discussions</source>
        <translation>Débats internationaux sur les DPI</translation>
    </message>
    <message>
        <source>Capacity-building challenges in counterfeiting</source>
        <translation>Enjeux du renforcement des capacités dans la lutte contre la contrefaçon</translation>
    </message>
    <message>
        <source>International Experience</source>
        <translation>Expérience internationale</translation>
    </message>
    <message>
        <source>Work in different cultures</source>
        <translation>Travail dans des cultures différentes</translation>
    </message>
    <message>
        <source>Vocational Skills</source>
        <translation>Compétences professionnelles</translation>
    </message>
    <message>
        <source>Engaging senior managers and stakeholders</source>
        <translation>Mobilisation des cadres dirigeants et des parties prenantes</translation>
    </message>
    <message>
        <source>Facilitating reform discussions</source>
        <translation>Animation des débats sur les réformes</translation>
    </message>
    <message>
        <source>Teamwork and clear writing</source>
        <translation>Travail en équipe et clarté rédactionnelle</translation>
    </message>
    <message>
        <source>Analysis, reporting and office IT</source>
        <translation>Analyse, rédaction de rapports et bureautique</translation>
    </message>
    <message>
        <source>Online meeting and training platforms</source>
        <translation>Plateformes de réunion et de formation en ligne</translation>
    </message>
    <message>
        <source>Language Skills</source>
        <translation>Compétences linguistiques</translation>
    </message>
    <message>
        <source>Proficient English</source>
        <translation>Maîtrise de l&apos;anglais</translation>
    </message>
    <message>
        <source>Additional languages</source>
        <translation>Langues supplémentaires</translation>
    </message>
    <message>
        <source>1 – Met</source>
        <translation>1 – Rempli</translation>
    </message>
    <message>
        <source>0 – Not met</source>
        <translation>0 – Non rempli</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a hard requirement: rate it 1 (met) or 0 (not met).</source>
        <translation>«&#xa0;%1&#xa0;» est une condition obligatoire&#xa0;: notez-la 1 (remplie) ou 0 (non remplie).</translation>
    </message>
    <message>
        <source>Rate &quot;%1&quot; from 0 to %2 on the profile&apos;s scale.</source>
        <translation>Notez «&#xa0;%1&#xa0;» de 0 à %2 sur l&apos;échelle du profil.</translation>
    </message>
    <message>
        <source>Not demonstrated</source>
        <translation>Non démontré</translation>
    </message>
    <message>
        <source>No evidence of the competence in the application or the assessment.</source>
        <translation>Aucun élément ne démontre la compétence dans la candidature ou l&apos;évaluation.</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <source>Some evidence, but short of what the criterion asks.</source>
        <translation>Quelques éléments, mais en deçà de ce qu&apos;exige le critère.</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Clear evidence that the candidate meets the criterion.</source>
        <translation>Des éléments clairs montrent que le candidat remplit le critère.</translation>
    </message>
    <message>
        <source>Exceeds</source>
        <translation>Dépasse</translation>
    </message>
    <message>
        <source>Evidence beyond what the criterion asks, in more than one setting.</source>
        <translation>Des éléments au-delà de ce qu&apos;exige le critère, dans plus d&apos;un contexte.</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Remarquable</translation>
    </message>
    <message>
        <source>Exceptional evidence; the candidate could teach this to others.</source>
        <translation>Des éléments exceptionnels&#xa0;; le candidat pourrait l&apos;enseigner à d&apos;autres.</translation>
    </message>
    <message>
        <source>The rating scale needs 2 to 5 levels.</source>
        <translation>L&apos;échelle d&apos;appréciation doit compter de 2 à 5 niveaux.</translation>
    </message>
    <message>
        <source>The scale&apos;s levels go 0, 1, 2… in order, each with a label.</source>
        <translation>Les niveaux de l&apos;échelle vont de 0, 1, 2… dans l&apos;ordre, chacun avec un libellé.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Someone else saved %1</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré %1</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3, after you opened it. Compare the two versions and choose which to keep. Nothing has been overwritten.</source>
        <translation>%1 a enregistré %2 à %3, après que vous l&apos;avez ouvert. Comparez les deux versions et choisissez celle à conserver. Rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>Differences between your version and theirs</source>
        <translation>Différences entre votre version et la leur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
</context>
<context>
    <name>ConsensusCommand</name>
    <message>
        <source>Record the consensus rating of a candidate on one criterion (officers), apart from the reviewers&apos; scores.</source>
        <translation>Enregistrer l&apos;appréciation consensuelle d&apos;un candidat sur un critère (agents), distincte des notes des évaluateurs.</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The criterion&apos;s key (&quot;workshop:KEY&quot; for a workshop&apos;s own).</source>
        <translation>La clé du critère («&#xa0;workshop:KEY&#xa0;» pour un critère propre à un atelier).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>On the profile&apos;s scale; hard requirements 0 or 1.</source>
        <translation>Sur l&apos;échelle du profil&#xa0;; 0 ou 1 pour les conditions obligatoires.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>What the reviewers agreed on.</source>
        <translation>Ce sur quoi les évaluateurs se sont accordés.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>the round of the criterion (workshop for &quot;workshop:KEY&quot;, field_assessment for &quot;activity:ID&quot;, else selection)</source>
        <translation>le cycle du critère (workshop pour «&#xa0;workshop:KEY&#xa0;», field_assessment pour «&#xa0;activity:ID&#xa0;», sinon selection)</translation>
    </message>
    <message>
        <source>Consensus for %1 on &quot;%2&quot; in %4: %3.</source>
        <translation>Consensus pour %1 sur «&#xa0;%2&#xa0;» dans %4&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Clear the consensus on the criterion instead (its comment too).</source>
        <translation>Effacer plutôt le consensus sur le critère (son commentaire aussi).</translation>
    </message>
    <message>
        <source>Give either --rating N (and --comment) or --clear, not both.</source>
        <translation>Indiquez soit --rating N (et --comment), soit --clear, pas les deux.</translation>
    </message>
    <message>
        <source>Give --criterion KEY and --rating N (a whole number), or --clear.</source>
        <translation>Indiquez --criterion CLÉ et --rating N (un nombre entier), ou --clear.</translation>
    </message>
    <message>
        <source>Cleared the consensus for %1 on &quot;%2&quot; in %3.</source>
        <translation>Consensus effacé pour %1 sur «&#xa0;%2&#xa0;» en %3.</translation>
    </message>
</context>
<context>
    <name>CriterionKind</name>
    <message>
        <source>Hard requirement</source>
        <translation>Condition obligatoire</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation>Atout</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Pipeline funnel per workshop</source>
        <translation>Entonnoir du parcours par atelier</translation>
    </message>
    <message>
        <source>Pool by region and state</source>
        <translation>Vivier par région et par état</translation>
    </message>
    <message>
        <source>Weeks used of the commitment</source>
        <translation>Semaines utilisées de l&apos;engagement</translation>
    </message>
    <message>
        <source>Active advisors over time</source>
        <translation>Conseillers actifs dans le temps</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Weeks used</source>
        <translation>Semaines utilisées</translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation>Semaines restantes</translation>
    </message>
    <message>
        <source>Voluntary extra</source>
        <translation>Contribution volontaire supplémentaire</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Active advisors</source>
        <translation>Conseillers actifs</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Charts of the file</source>
        <translation>Graphiques du fichier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s) in the file.</source>
        <translation>
            <numerusform>%Ln candidat dans le fichier.</numerusform>
            <numerusform>%Ln candidats dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln advisor(s) accredited, %1 active.</source>
        <translation>
            <numerusform>%Ln conseiller accrédité, dont %1 en activité.</numerusform>
            <numerusform>%Ln conseillers accrédités, dont %1 en activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each chart has its figures in its Table tab.</source>
        <translation>Chaque graphique a ses chiffres dans son onglet Tableau.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a Decision</source>
        <translation>Enregistrer une décision</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stands at &quot;%2&quot;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; se trouve à l&apos;étape «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Passer à l&apos;étape</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>The candidate&apos;s own (where they hold a seat or were waitlisted)</source>
        <translation>Celui du candidat (où il a une place ou est sur liste d&apos;attente)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why; kept with the candidate&apos;s file and shown in letters&apos; records.</source>
        <translation>Pourquoi&#xa0;; conservé dans le dossier du candidat et repris dans les traces des lettres.</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>Accreditation date</source>
        <translation>Date d&apos;accréditation</translation>
    </message>
    <message>
        <source>The candidate has already been &amp;told</source>
        <translation>Le candidat a déjà été &amp;informé</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informé le</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Informé par</translation>
    </message>
    <message>
        <source>Whether the rules allow this decision</source>
        <translation>Si les règles permettent cette décision</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>Passer &amp;à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Atelier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>&amp;Dérogation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accreditation date:</source>
        <translation>Date d&apos;a&amp;ccréditation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>&amp;Enregistrer la décision</translation>
    </message>
    <message>
        <source>The rules allow this decision.</source>
        <translation>Les règles permettent cette décision.</translation>
    </message>
    <message>
        <source>Decision refused</source>
        <translation>Décision refusée</translation>
    </message>
    <message>
        <source>Only to decide against the screening or a recorded outcome.</source>
        <translation>Uniquement pour décider à l&apos;encontre de la présélection ou d&apos;un résultat enregistré.</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Could not read the candidate&apos;s decisions.</source>
        <translation>Impossible de lire les décisions concernant le candidat.</translation>
    </message>
    <message>
        <source>Could not read the decisions.</source>
        <translation>Impossible de lire les décisions.</translation>
    </message>
    <message>
        <source>Could not read the candidate.</source>
        <translation>Impossible de lire le candidat.</translation>
    </message>
    <message>
        <source>The candidate of this decision is not in the file.</source>
        <translation>Le candidat de cette décision ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s activities.</source>
        <translation>Impossible de lire les activités du candidat.</translation>
    </message>
    <message>
        <source>Could not read the workshop.</source>
        <translation>Impossible de lire l&apos;atelier.</translation>
    </message>
    <message>
        <source>The workshop of this decision is not in the file.</source>
        <translation>L&apos;atelier de cette décision ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s steps.</source>
        <translation>Impossible de lire les phases de l&apos;atelier.</translation>
    </message>
    <message>
        <source>Could not read the competence profile.</source>
        <translation>Impossible de lire le profil de compétences.</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>la décision</translation>
    </message>
    <message>
        <source>Could not move the candidate.</source>
        <translation>Impossible de faire passer le candidat à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>Could not free the seat.</source>
        <translation>Impossible de libérer la place.</translation>
    </message>
    <message>
        <source>Could not read the decision.</source>
        <translation>Impossible de lire la décision.</translation>
    </message>
    <message>
        <source>The decision to reverse is not in the file.</source>
        <translation>La décision à annuler ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <source>Give the date the candidate was informed, as YYYY-MM-DD.</source>
        <translation>Indiquez la date à laquelle le candidat a été informé, au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The candidate cannot have been informed on a future date.</source>
        <translation>Le candidat ne peut pas avoir été informé à une date future.</translation>
    </message>
    <message>
        <source>No decision awaits being told to this candidate; nothing was recorded.</source>
        <translation>Aucune décision n&apos;attend d&apos;être communiquée à ce candidat&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The candidate cannot be informed before the decision of %1 was taken.</source>
        <translation>Le candidat ne peut pas être informé avant que la décision du %1 ait été prise.</translation>
    </message>
    <message>
        <source>Could not record that the candidate was informed.</source>
        <translation>Impossible d&apos;enregistrer que le candidat a été informé.</translation>
    </message>
    <message>
        <source>Could not read who is still to be informed.</source>
        <translation>Impossible de lire qui reste à informer.</translation>
    </message>
    <message>
        <source>Could not read the screening.</source>
        <translation>Impossible de lire la présélection.</translation>
    </message>
    <message>
        <source>Could not save the commitment.</source>
        <translation>Impossible d&apos;enregistrer l&apos;engagement.</translation>
    </message>
    <message>
        <source>Could not read the commitment.</source>
        <translation>Impossible de lire l&apos;engagement.</translation>
    </message>
    <message>
        <source>The workshop is not in the file.</source>
        <translation>L&apos;atelier ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; is already closed.</source>
        <translation>%1 de «&#xa0;%2&#xa0;» est déjà close.</translation>
    </message>
    <message>
        <source>Could not count who is to be informed.</source>
        <translation>Impossible de compter qui reste à informer.</translation>
    </message>
    <message>
        <source>Could not close the step.</source>
        <translation>Impossible de clore la phase.</translation>
    </message>
    <message>
        <source>Write why the step is reopened; it is kept with the workshop.</source>
        <translation>Indiquez pourquoi la phase est rouverte&#xa0;; le motif est conservé avec l&apos;atelier.</translation>
    </message>
    <message>
        <source>%1 is not closed for this workshop.</source>
        <translation>%1 n&apos;est pas close pour cet atelier.</translation>
    </message>
    <message>
        <source>Could not reopen the step.</source>
        <translation>Impossible de rouvrir la phase.</translation>
    </message>
    <message>
        <source>Could not read the pipeline.</source>
        <translation>Impossible de lire le parcours.</translation>
    </message>
    <message>
        <source>Could not count the candidates.</source>
        <translation>Impossible de compter les candidats.</translation>
    </message>
    <message>
        <source>Could not read the workshops.</source>
        <translation>Impossible de lire les ateliers.</translation>
    </message>
</context>
<context>
    <name>DeclareConflictCommand</name>
    <message>
        <source>Declare a conflict of interest with a candidate (reviewers): your assignment is removed when the officer imports your review file, and you no longer see the candidate&apos;s scores.</source>
        <translation>Déclarer un conflit d&apos;intérêts avec un candidat (évaluateurs)&#xa0;: votre affectation est retirée lorsque l&apos;agent importe votre fichier d&apos;évaluation, et vous ne voyez plus les notes du candidat.</translation>
    </message>
    <message>
        <source>What makes you unable to judge the candidate fairly.</source>
        <translation>Ce qui vous empêche d&apos;évaluer le candidat en toute impartialité.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Give --reviewer R and --reason TEXT (what makes you unable to judge the candidate fairly).</source>
        <translation>Indiquez --reviewer R et --reason TEXT (ce qui vous empêche d&apos;évaluer le candidat en toute impartialité).</translation>
    </message>
    <message>
        <source>Declared a conflict of interest with %1 in %2; the officer&apos;s import removes your assignment.</source>
        <translation>Conflit d&apos;intérêts déclaré avec %1 dans %2&#xa0;; l&apos;importation par l&apos;agent retirera votre affectation.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo file: the Kashiwa, Japan workshop of 10-13 October 2023 with fourteen fictional candidates.</source>
        <translation>Créer le fichier de démonstration&#xa0;: l&apos;atelier de Kashiwa (Japon) du 10 au 13 octobre 2023, avec quatorze candidats fictifs.</translation>
    </message>
    <message>
        <source>The file to create (it must not exist).</source>
        <translation>Le fichier à créer (il ne doit pas exister).</translation>
    </message>
    <message>
        <source>Created the demo file %1.</source>
        <translation>Fichier de démonstration %1 créé.</translation>
    </message>
</context>
<context>
    <name>DemoFileText</name>
    <message>
        <source>Meets the hard requirements and most of the profile&apos;s criteria.</source>
        <translation>Remplit les conditions obligatoires et la plupart des critères du profil.</translation>
    </message>
    <message>
        <source>Meets the profile; no seat left in this workshop.</source>
        <translation>Correspond au profil&#xa0;; plus aucune place disponible dans cet atelier.</translation>
    </message>
    <message>
        <source>Fewer than 5 years of experience in a Customs administration.</source>
        <translation>Moins de 5 ans d&apos;expérience dans une administration des douanes.</translation>
    </message>
    <message>
        <source>Availability commitment received; seat confirmed.</source>
        <translation>Engagement de disponibilité reçu&#xa0;; place confirmée.</translation>
    </message>
    <message>
        <source>Strong participation in discussions, group work and presentations.</source>
        <translation>Forte participation aux débats, aux travaux de groupe et aux présentations.</translation>
    </message>
    <message>
        <source>Presentation and group work below the expected level.</source>
        <translation>Présentation et travaux de groupe en deçà du niveau attendu.</translation>
    </message>
    <message>
        <source>Successful Stage 3 appraisal during a WCO activity.</source>
        <translation>Évaluation de l&apos;étape 3 réussie lors d&apos;une activité de l&apos;OMD.</translation>
    </message>
    <message>
        <source>Stage 3 appraisal did not confirm the expected facilitation skills.</source>
        <translation>L&apos;évaluation de l&apos;étape 3 n&apos;a pas confirmé les compétences d&apos;animation attendues.</translation>
    </message>
    <message>
        <source>Withdrew for family reasons before the workshop.</source>
        <translation>S&apos;est désisté(e) pour raisons familiales avant l&apos;atelier.</translation>
    </message>
    <message>
        <source>Three-year availability period ended.</source>
        <translation>Période de disponibilité de trois ans terminée.</translation>
    </message>
    <message>
        <source>Retired from the Customs administration.</source>
        <translation>Retraité(e) de l&apos;administration des douanes.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Décision enregistrée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name for the demo file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom pour le fichier de démonstration.</translation>
    </message>
    <message>
        <source>Could not name the demo file &quot;%1&quot;.</source>
        <translation>Impossible de nommer le fichier de démonstration «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Regional accreditation workshop for IPR TOAs, Brussels</source>
        <translation>Atelier régional d&apos;accréditation des CTO en matière de DPI, Bruxelles</translation>
    </message>
    <message>
        <source>WCO headquarters, Brussels, Belgium</source>
        <translation>Siège de l&apos;OMD, Bruxelles, Belgique</translation>
    </message>
    <message>
        <source>Regional accreditation workshop for IPR TOAs, Kashiwa</source>
        <translation>Atelier régional d&apos;accréditation des CTO en matière de DPI, Kashiwa</translation>
    </message>
    <message>
        <source>Customs Training Institute, Kashiwa, Japan</source>
        <translation>Institut de formation des douanes, Kashiwa, Japon</translation>
    </message>
    <message>
        <source>Regional accreditation workshop for IPR TOAs, Nairobi</source>
        <translation>Atelier régional d&apos;accréditation des CTO en matière de DPI, Nairobi</translation>
    </message>
    <message>
        <source>Regional Training Centre, Nairobi, Kenya</source>
        <translation>Centre régional de formation, Nairobi, Kenya</translation>
    </message>
    <message>
        <source>National workshop on IPR border enforcement</source>
        <translation>Atelier national sur l&apos;application des DPI aux frontières</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Viet Nam</translation>
    </message>
    <message>
        <source>Hanoi</source>
        <translation>Hanoï</translation>
    </message>
    <message>
        <source>General Department of Viet Nam Customs</source>
        <translation>Département général des douanes du Viet Nam</translation>
    </message>
    <message>
        <source>E-commerce and counterfeit medicines: risk indicators</source>
        <translation>Commerce électronique et médicaments contrefaits&#xa0;: indicateurs de risque</translation>
    </message>
    <message>
        <source>Customs administrations of the Pacific</source>
        <translation>Administrations des douanes du Pacifique</translation>
    </message>
    <message>
        <source>WCO Secretariat</source>
        <translation>Secrétariat de l&apos;OMD</translation>
    </message>
    <message>
        <source>Curriculum vitae</source>
        <translation>Curriculum vitae</translation>
    </message>
    <message>
        <source>Years in Customs: %1</source>
        <translation>Années dans les douanes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Application for accreditation as IPR TOA</source>
        <translation>Candidature à l&apos;accréditation en tant que CTO en matière de DPI</translation>
    </message>
    <message>
        <source>Screened from the application form and CV.</source>
        <translation>Présélection effectuée à partir du formulaire de candidature et du CV.</translation>
    </message>
    <message>
        <source>Signed commitment form received by e-mail.</source>
        <translation>Formulaire d&apos;engagement signé reçu par courriel.</translation>
    </message>
    <message>
        <source>IPR training for West African administrations</source>
        <translation>Formation aux DPI pour les administrations d&apos;Afrique de l&apos;Ouest</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Dakar</source>
        <translation>Dakar</translation>
    </message>
    <message>
        <source>Direction générale des douanes du Sénégal</source>
        <translation>Direction générale des douanes du Sénégal</translation>
    </message>
    <message>
        <source>border measures</source>
        <translation>mesures à la frontière</translation>
    </message>
    <message>
        <source>rights holders</source>
        <translation>titulaires de droits</translation>
    </message>
    <message>
        <source>Regional seminar on e-commerce and small consignments</source>
        <translation>Séminaire régional sur le commerce électronique et les petits envois</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <source>Bangkok</source>
        <translation>Bangkok</translation>
    </message>
    <message>
        <source>Thai Customs Department</source>
        <translation>Département des douanes de Thaïlande</translation>
    </message>
    <message>
        <source>e-commerce</source>
        <translation>commerce électronique</translation>
    </message>
    <message>
        <source>small consignments</source>
        <translation>petits envois</translation>
    </message>
    <message>
        <source>Operation against counterfeit medicines</source>
        <translation>Opération contre les médicaments contrefaits</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Casablanca</source>
        <translation>Casablanca</translation>
    </message>
    <message>
        <source>Customs and Indirect Tax Administration of Morocco</source>
        <translation>Administration des douanes et impôts indirects du Maroc</translation>
    </message>
    <message>
        <source>medicines</source>
        <translation>médicaments</translation>
    </message>
    <message>
        <source>risk management</source>
        <translation>gestion des risques</translation>
    </message>
    <message>
        <source>Offered to pass on the French IPR school&apos;s experience after her commitment ended.</source>
        <translation>A proposé de transmettre l&apos;expérience de l&apos;école française des DPI après la fin de son engagement.</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Congé annuel</translation>
    </message>
    <message>
        <source>National IPR week at Japan Customs</source>
        <translation>Semaine nationale des DPI à la douane japonaise</translation>
    </message>
    <message>
        <source>Judged met at the interview: the application form understates it.</source>
        <translation>Jugé rempli lors de l&apos;entretien&#xa0;: le formulaire de candidature le sous-estime.</translation>
    </message>
</context>
<context>
    <name>DocumentBytesText</name>
    <message>
        <source>The document &quot;%1&quot; is damaged in the file: its bytes no longer match the ones it was stored with, so they were not used. Nothing was changed; restore the latest backup, or attach the document again.</source>
        <translation>Le document «&#xa0;%1&#xa0;» est endommagé dans le fichier&#xa0;: ses octets ne correspondent plus à ceux avec lesquels il a été enregistré&#xa0;; ils n&apos;ont donc pas été utilisés. Rien n&apos;a été modifié&#xa0;; restaurez la dernière sauvegarde, ou joignez de nouveau le document.</translation>
    </message>
    <message>
        <source>Could not read the document &quot;%1&quot;.</source>
        <translation>Impossible de lire le document «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is no longer in the file.</source>
        <translation>Le document «&#xa0;%1&#xa0;» ne figure plus dans le fichier.</translation>
    </message>
</context>
<context>
    <name>DocumentIndexer</name>
    <message>
        <source>Reading the documents&apos; text for the search</source>
        <translation>Lecture du texte des documents pour la recherche</translation>
    </message>
    <message>
        <source>Reading documents: %v of %m</source>
        <translation>Lecture des documents&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>The documents&apos; text could not be read for the search: %1</source>
        <translation>Le texte des documents n&apos;a pas pu être lu pour la recherche&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) can now be searched.</source>
        <translation>
            <numerusform>%Ln document peut désormais faire l&apos;objet d&apos;une recherche.</numerusform>
            <numerusform>%Ln documents peuvent désormais faire l&apos;objet d&apos;une recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) read for the search; %1 without text to search (see the Documents tab).</source>
        <translation>
            <numerusform>%Ln document lu pour la recherche&#xa0;; %1 sans texte à rechercher (voir l&apos;onglet Documents).</numerusform>
            <numerusform>%Ln documents lus pour la recherche&#xa0;; %1 sans texte à rechercher (voir l&apos;onglet Documents).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aper&amp;çu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>DocumentType</name>
    <message>
        <source>PDF, DOCX, ODT, DOC, RTF, TXT, PNG or JPEG</source>
        <translation>PDF, DOCX, ODT, DOC, RTF, TXT, PNG ou JPEG</translation>
    </message>
</context>
<context>
    <name>EditingLease</name>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 sur %2 depuis %3</translation>
    </message>
    <message>
        <source>Could not read who is editing the file.</source>
        <translation>Impossible de lire qui modifie le fichier.</translation>
    </message>
    <message>
        <source>Could not record who is editing the file.</source>
        <translation>Impossible d&apos;enregistrer qui modifie le fichier.</translation>
    </message>
    <message>
        <source>Could not hand back the editing of the file.</source>
        <translation>Impossible de rendre la main sur la modification du fichier.</translation>
    </message>
</context>
<context>
    <name>EducationLevel</name>
    <message>
        <source>Secondary school</source>
        <translation>Enseignement secondaire</translation>
    </message>
    <message>
        <source>Post-secondary or vocational</source>
        <translation>Enseignement post-secondaire ou professionnel</translation>
    </message>
    <message>
        <source>University degree</source>
        <translation>Diplôme universitaire</translation>
    </message>
    <message>
        <source>Post-graduate degree</source>
        <translation>Diplôme de troisième cycle</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorat</translation>
    </message>
</context>
<context>
    <name>EnrolCommand</name>
    <message>
        <source>Give a candidate a seat in a workshop, or hand an applicant&apos;s seat back.</source>
        <translation>Attribuer à un candidat une place dans un atelier, ou libérer la place d&apos;un candidat à l&apos;étape de candidature.</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Hand the seat back (applicants only).</source>
        <translation>Libérer la place (candidats à l&apos;étape de candidature uniquement).</translation>
    </message>
    <message>
        <source>Give either --workshop W or --none.</source>
        <translation>Indiquez soit --workshop W, soit --none.</translation>
    </message>
    <message>
        <source>%1 holds no seat now.</source>
        <translation>%1 n&apos;a désormais plus de place.</translation>
    </message>
    <message>
        <source>%1 holds a seat in &quot;%2&quot; (%3 / %4).</source>
        <translation>%1 a une place dans «&#xa0;%2&#xa0;» (%3 / %4).</translation>
    </message>
    <message>
        <source>They had applied to no workshop: their application to &quot;%1&quot; is recorded with the seat.</source>
        <translation>Ils n&apos;avaient posé leur candidature à aucun atelier&#xa0;: leur candidature à «&#xa0;%1&#xa0;» est enregistrée avec la place.</translation>
    </message>
    <message>
        <source>Their application moved from &quot;%1&quot; to &quot;%2&quot;: a seat is in the workshop applied to.</source>
        <translation>Leur candidature passe de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»&#xa0;: une place est toujours dans l&apos;atelier auquel on a posé sa candidature.</translation>
    </message>
</context>
<context>
    <name>EraseCommand</name>
    <message>
        <source>Erase a candidate&apos;s personal data for good (officers only; needs --reason and --yes).</source>
        <translation>Effacer définitivement les données personnelles d&apos;un candidat (agents uniquement&#xa0;; exige --reason et --yes).</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>Why the data is erased; the reason is kept.</source>
        <translation>Pourquoi les données sont effacées&#xa0;; le motif est conservé.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Confirms the erasure, which cannot be undone.</source>
        <translation>Confirme l&apos;effacement, qui est irréversible.</translation>
    </message>
    <message>
        <source>The personal data of %1 was already erased; nothing to do.</source>
        <translation>Les données personnelles de %1 ont déjà été effacées&#xa0;; rien à faire.</translation>
    </message>
    <message>
        <source>Nothing was erased. Erasing removes the personal data of %1 (%2) from the file and its history for good and cannot be undone: add --yes to confirm.</source>
        <translation>Rien n&apos;a été effacé. L&apos;effacement retire définitivement les données personnelles de %1 (%2) du fichier et de son historique, et il est irréversible&#xa0;: ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>The data of %1 was not erased: %2</source>
        <translation>Les données de %1 n&apos;ont pas été effacées&#xa0;: %2</translation>
    </message>
    <message>
        <source>The personal data of %1 was erased; the anonymous record %2 keeps the stage and decisions.</source>
        <translation>Les données personnelles de %1 ont été effacées&#xa0;; la fiche anonyme %2 conserve l&apos;étape et les décisions.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write one of the lists the window shows as a spreadsheet (XLSX) or CSV.</source>
        <translation>Écrire l&apos;une des listes affichées par la fenêtre sous forme de tableur (XLSX) ou de fichier CSV.</translation>
    </message>
    <message>
        <source>The list to export: %1.</source>
        <translation>La liste à exporter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>xlsx (a spreadsheet: dates and numbers typed) or csv (UTF-8); by default the output&apos;s suffix.</source>
        <translation>xlsx (un tableur&#xa0;: dates et nombres typés) ou csv (UTF-8)&#xa0;; par défaut, le suffixe du fichier de sortie.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title): the ranking&apos;s or the participants&apos;; for candidates and to-inform, only those of this workshop.</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre)&#xa0;: pour ranking et participants, celui de la liste&#xa0;; pour candidates et to-inform, uniquement les candidats de cet atelier.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>history: only this candidate&apos;s (id or name).</source>
        <translation>history&#xa0;: uniquement l&apos;historique de ce candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>CANDIDATE</source>
        <translation>CANDIDATE</translation>
    </message>
    <message>
        <source>candidates: only those whose names, administration, nationality, e-mail or position hold TEXT (accents and case ignored).</source>
        <translation>candidates&#xa0;: uniquement ceux dont les noms, l&apos;administration, la nationalité, le courriel ou la fonction contiennent TEXT (sans tenir compte des accents ni de la casse).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>candidates: only those at this stage (%1).</source>
        <translation>candidates&#xa0;: uniquement ceux qui se trouvent à cette étape (%1).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>candidates: only those of this region (%1).</source>
        <translation>candidates&#xa0;: uniquement ceux de cette région (%1).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>candidates: only those whose latest decision awaits being told.</source>
        <translation>candidates&#xa0;: uniquement ceux dont la dernière décision n&apos;a pas encore été communiquée.</translation>
    </message>
    <message>
        <source>candidates: archived candidates too.</source>
        <translation>candidates&#xa0;: y compris les candidats archivés.</translation>
    </message>
    <message>
        <source>There is no list &quot;%1&quot; to export; choose one of: %2.</source>
        <translation>Il n&apos;existe pas de liste «&#xa0;%1&#xa0;» à exporter&#xa0;; choisissez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Give the file to write with -o OUT (e.g. -o %1.xlsx).</source>
        <translation>Indiquez le fichier à écrire avec -o OUT (p. ex. -o %1.xlsx).</translation>
    </message>
    <message>
        <source>--format must be xlsx or csv.</source>
        <translation>--format doit valoir xlsx ou csv.</translation>
    </message>
    <message>
        <source>Say which format to write with --format xlsx or --format csv (the output&apos;s name does not end in .xlsx or .csv).</source>
        <translation>Indiquez le format à écrire avec --format xlsx ou --format csv (le nom du fichier de sortie ne se termine ni par .xlsx ni par .csv).</translation>
    </message>
    <message>
        <source>The %1 list is a workshop&apos;s: name the workshop with --workshop W.</source>
        <translation>La liste %1 est propre à un atelier&#xa0;: désignez l&apos;atelier avec --workshop W.</translation>
    </message>
    <message>
        <source>--search, --stage, --region, --not-informed and --archived filter the candidates list only.</source>
        <translation>--search, --stage, --region, --not-informed et --archived ne filtrent que la liste candidates.</translation>
    </message>
    <message>
        <source>The %1 list is not a workshop&apos;s: leave out --workshop.</source>
        <translation>La liste %1 n&apos;est pas propre à un atelier&#xa0;: omettez --workshop.</translation>
    </message>
    <message>
        <source>--candidate narrows the history only.</source>
        <translation>--candidate ne restreint que la liste history.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne écrite dans %1.</numerusform>
            <numerusform>%Ln lignes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Choose a folder where you may write.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Nothing was written; free some space or choose another folder.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Rien n&apos;a été écrit&#xa0;; libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>ExportSources</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Requesting administration</source>
        <translation>Administration demandeuse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, voluntary extra: %1</source>
        <translation>, contribution volontaire supplémentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Concordance %1</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Appréciations</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclus</translation>
    </message>
    <message>
        <source>Not computed because</source>
        <translation>Non calculé car</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Vivier</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>To inform</source>
        <translation>À informer</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Unknown list to export.</source>
        <translation>Liste à exporter inconnue.</translation>
    </message>
    <message>
        <source>Choose the workshop whose list to export.</source>
        <translation>Choisissez l&apos;atelier dont la liste doit être exportée.</translation>
    </message>
    <message>
        <source>History %1</source>
        <translation>Historique %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Participants %1</source>
        <translation>Participants %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation>Accrédité le</translation>
    </message>
    <message>
        <source>Commitment ends</source>
        <translation>Fin de l&apos;engagement</translation>
    </message>
    <message>
        <source>Weeks used</source>
        <translation>Semaines utilisées</translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation>Semaines restantes</translation>
    </message>
    <message>
        <source>Voluntary extra weeks</source>
        <translation>Semaines de contribution volontaire supplémentaire</translation>
    </message>
    <message>
        <source>Leaves the pool</source>
        <translation>Quitte le vivier le</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>Du %1 au %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Ranking %1</source>
        <translation>Classement %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Critères comptés</translation>
    </message>
    <message>
        <source>Advantages</source>
        <translation>Atouts</translation>
    </message>
    <message>
        <source>Criteria valued</source>
        <translation>Critères évalués</translation>
    </message>
    <message>
        <source>Within seats</source>
        <translation>Dans les places</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>tied for the last seat</source>
        <translation>ex aequo pour la dernière place</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <source>no longer competing</source>
        <translation>n&apos;est plus en lice</translation>
    </message>
    <message>
        <source>Scores %1</source>
        <translation>Notes %1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Reviewers disagree</source>
        <translation>Désaccord des évaluateurs</translation>
    </message>
    <message>
        <source>Value ranked</source>
        <translation>Valeur classée</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>mean of the ratings</source>
        <translation>moyenne des appréciations</translation>
    </message>
    <message>
        <source>not ranked (not in the profile)</source>
        <translation>non classé (hors du profil)</translation>
    </message>
    <message>
        <source>To inform %1</source>
        <translation>À informer %1</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Étape actuelle</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Earlier decisions not told</source>
        <translation>Décisions antérieures non communiquées</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Candidature à</translation>
    </message>
</context>
<context>
    <name>FileCommand</name>
    <message>
        <source>The Accreditation Desk file.</source>
        <translation>Le fichier Accreditation Desk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: a page this command read is broken, so what it printed may be incomplete. Nothing was changed. Run &quot;accreditation-desk-cli check %1&quot; to see what is damaged, and restore the latest backup.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: une page lue par cette commande est abîmée, si bien que ce qu&apos;elle a affiché peut être incomplet. Rien n&apos;a été modifié. Lancez «&#xa0;accreditation-desk-cli check %1&#xa0;» pour voir ce qui est endommagé, et restaurez la dernière sauvegarde.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Accreditation Desk files (*.accred);;All files (*)</source>
        <translation>Fichiers Accreditation Desk (*.accred);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, UTF-8 (*.csv)</source>
        <translation>Fichiers CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>FileProbeText</name>
    <message>
        <source>&quot;%1&quot; is a link that leads nowhere (its target is missing or the links form a loop). Open the file it should point to instead.</source>
        <translation>«&#xa0;%1&#xa0;» est un lien qui ne mène nulle part (sa cible est absente ou les liens forment une boucle). Ouvrez plutôt le fichier vers lequel il devrait pointer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist. If it is on a shared folder, check that the share is connected.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas. S&apos;il se trouve dans un dossier partagé, vérifiez que le partage est connecté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it may be a device or a pipe).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (il s&apos;agit peut-être d&apos;un périphérique ou d&apos;un tube).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2. Vérifiez les droits d&apos;accès au fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty, so it holds no accreditation data (perhaps a copy failed). Open a backup instead.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;; il ne contient donc aucune donnée d&apos;accréditation (une copie a peut-être échoué). Ouvrez plutôt une sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cut short (only %2 bytes). Restore the latest backup.</source>
        <translation>«&#xa0;%1&#xa0;» est tronqué (seulement %2 octets). Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Accreditation Desk (file format %2; this version reads up to %3). Install the newer version to open it; the file was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente d&apos;Accreditation Desk (format de fichier %2&#xa0;; cette version lit jusqu&apos;au format %3). Installez la version plus récente pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was never completed (its format version is missing). Restore the latest backup.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a jamais été achevé (la version de son format est absente). Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was switched to write-ahead logging by another program. That mode corrupts files on shared folders, so Accreditation Desk will not open it. Restore the latest backup, or ask your IT support to switch it back to journal mode &quot;delete&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» a été basculé en journalisation anticipée (WAL) par un autre programme. Ce mode corrompt les fichiers des dossiers partagés&#xa0;; Accreditation Desk ne l&apos;ouvrira donc pas. Restaurez la dernière sauvegarde, ou demandez à votre support informatique de le remettre en mode de journal «&#xa0;delete&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cut short or its header is damaged. Restore the latest backup.</source>
        <translation>«&#xa0;%1&#xa0;» est tronqué ou son en-tête est endommagé. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>an Accreditation Desk file</source>
        <translation>un fichier Accreditation Desk</translation>
    </message>
    <message>
        <source>a review file</source>
        <translation>un fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not %2.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, et non %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not %2. It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données d&apos;un autre programme, et non %2. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SQLite database at all (its first bytes are not those of a database), so it is not %2 although its name ends in %3: it was overwritten or damaged. It was left untouched; restore the latest backup.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas du tout une base de données SQLite (ses premiers octets ne sont pas ceux d&apos;une base de données)&#xa0;; ce n&apos;est donc pas %2, bien que son nom se termine par %3&#xa0;: il a été écrasé ou endommagé. Il n&apos;a pas été modifié&#xa0;; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SQLite database at all, so it is not %2. Choose a file ending in %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas du tout une base de données SQLite&#xa0;; ce n&apos;est donc pas %2. Choisissez un fichier dont le nom se termine par %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a shared Accreditation Desk file, not %2. Give the reviewer&apos;s review file instead (NAME.review, made by review-init or by their first score). It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier Accreditation Desk partagé, et non %2. Indiquez plutôt le fichier d&apos;évaluation de l&apos;évaluateur (NOM.review, créé par review-init ou lors de sa première note). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reviewer&apos;s review file, not %2. Open the shared file it was made for, or import it into that file with import-review. It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» est le fichier d&apos;évaluation d&apos;un évaluateur, et non %2. Ouvrez le fichier partagé pour lequel il a été créé, ou importez-le dans ce fichier avec import-review. Il n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>FileSettings</name>
    <message>
        <source>The retention period is between 1 and 50 years.</source>
        <translation>La durée de conservation est comprise entre 1 et 50 ans.</translation>
    </message>
    <message>
        <source>Could not save the setting.</source>
        <translation>Impossible d&apos;enregistrer le paramètre.</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 daily backups.</source>
        <translation>Conservez entre 1 et 365 sauvegardes quotidiennes.</translation>
    </message>
    <message>
        <source>Could not save who signs the letters.</source>
        <translation>Impossible d&apos;enregistrer qui signe les lettres.</translation>
    </message>
    <message>
        <source>the retention period</source>
        <translation>la durée de conservation</translation>
    </message>
    <message>
        <source>the daily backups kept</source>
        <translation>le nombre de sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>the week counting</source>
        <translation>le décompte des semaines</translation>
    </message>
    <message>
        <source>who signs the letters</source>
        <translation>le signataire des lettres</translation>
    </message>
    <message>
        <source>Someone else changed %1 of this file meanwhile; nothing was saved. %2</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 de ce fichier entre-temps&#xa0;; rien n&apos;a été enregistré. %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Press OK again to save your values over theirs, or Cancel to keep theirs.</source>
        <translation>Appuyez de nouveau sur OK pour enregistrer vos valeurs à la place des siennes, ou sur Annuler pour conserver les siennes.</translation>
    </message>
    <message>
        <source>Run settings FILE to see them.</source>
        <translation>Lancez settings FILE pour les afficher.</translation>
    </message>
    <message>
        <source>which candidates reviewers see</source>
        <translation>les candidats que voient les évaluateurs</translation>
    </message>
    <message>
        <source>the rounds reviewed anonymously</source>
        <translation>les cycles évalués de façon anonyme</translation>
    </message>
</context>
<context>
    <name>FrozenColumnsTable</name>
    <message>
        <source>Names and stages of the candidates</source>
        <translation>Noms et étapes des candidats</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Préfère ne pas répondre</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show every decision about a candidate, oldest first.</source>
        <translation>Afficher toutes les décisions concernant un candidat, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>%1, now at &quot;%2&quot;</source>
        <translation>%1, actuellement à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>[override: %1]</source>
        <translation>[dérogation&#xa0;: %1]</translation>
    </message>
    <message>
        <source>[reverses the decision before]</source>
        <translation>[annule la décision précédente]</translation>
    </message>
    <message>
        <source>to inform</source>
        <translation>à informer</translation>
    </message>
</context>
<context>
    <name>HotJournalText</name>
    <message>
        <source>&quot;%1&quot; has a journal beside it (&quot;%2&quot;) left by a save that was interrupted, but that journal was not written for the file as it is now (%3): the file was perhaps replaced by a copy, or the journal belongs to another file. Completing it would write another file&apos;s pages into this one, so the file was not opened and both were left untouched. If you put this file here on purpose, move &quot;%2&quot; out of the folder, then open the file again.</source>
        <translation>«&#xa0;%1&#xa0;» est accompagné d&apos;un journal («&#xa0;%2&#xa0;») laissé par un enregistrement interrompu, mais ce journal n&apos;a pas été écrit pour le fichier dans son état actuel (%3)&#xa0;: le fichier a peut-être été remplacé par une copie, ou le journal appartient à un autre fichier. L&apos;achever écrirait dans celui-ci les pages d&apos;un autre fichier&#xa0;; le fichier n&apos;a donc pas été ouvert et tous deux ont été laissés intacts. Si vous avez placé ce fichier ici délibérément, déplacez «&#xa0;%2&#xa0;» hors du dossier, puis ouvrez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>the file is shorter than a database header</source>
        <translation>le fichier est plus court qu&apos;un en-tête de base de données</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>son en-tête est endommagé</translation>
    </message>
    <message>
        <source>it holds pages of %1 bytes, the file has pages of %2 bytes</source>
        <translation>il contient des pages de %1 octets, le fichier a des pages de %2 octets</translation>
    </message>
    <message>
        <source>it starts from a file of %1 pages, the file counts %2</source>
        <translation>il part d&apos;un fichier de %1 pages, le fichier en compte %2</translation>
    </message>
    <message>
        <source>it comes from a database of another kind</source>
        <translation>il provient d&apos;une base de données d&apos;un autre type</translation>
    </message>
    <message>
        <source>it was written when the file had seen %1 changes, the file has seen %2</source>
        <translation>il a été écrit alors que le fichier avait connu %1 modifications, le fichier en a connu %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a journal beside it left by a save that was interrupted. Completing it needs room for a copy of the file beside it first, which could not be made; nothing was changed. Free some space in the folder and open the file again.</source>
        <translation>«&#xa0;%1&#xa0;» est accompagné d&apos;un journal laissé par un enregistrement interrompu. Pour l&apos;achever, il faut d&apos;abord de la place pour une copie du fichier à côté de celui-ci, copie qui n&apos;a pas pu être créée&#xa0;; rien n&apos;a été modifié. Libérez de l&apos;espace dans le dossier et ouvrez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be put back as it was; its copy is &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être remis dans son état antérieur&#xa0;; sa copie est «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Required column &quot;%1&quot; is missing.</source>
        <translation>La colonne obligatoire «&#xa0;%1&#xa0;» est absente.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a candidate field; it was not read.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;est pas un champ de candidat&#xa0;; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is set by the application; it was not read.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est renseignée par l&apos;application&#xa0;; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Import applications from a CSV spreadsheet export (officers). Nothing is imported while a row is invalid.</source>
        <translation>Importer des candidatures depuis un export CSV de tableur (agents). Rien n&apos;est importé tant qu&apos;une ligne n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The applications: UTF-8 CSV whose header names the keys of &quot;candidates --json&quot; (see the README).</source>
        <translation>Les candidatures&#xa0;: CSV UTF-8 dont l&apos;en-tête nomme les clés de «&#xa0;candidates --json&#xa0;» (voir le README).</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the invalid ones.</source>
        <translation>Importer les lignes valides et écarter les lignes non valides.</translation>
    </message>
    <message>
        <source>Check the file and report, but import nothing.</source>
        <translation>Vérifier le fichier et rendre compte, sans rien importer.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported; nothing was written.</source>
        <translation>Essai à blanc&#xa0;: %1 lignes sur %2 seraient importées&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Candidates imported from %1: %2, at stage &quot;%3&quot;.</source>
        <translation>Candidats importés depuis %1&#xa0;: %2, à l&apos;étape «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Rows left out because of problems: %1.</source>
        <translation>Lignes écartées en raison de problèmes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Avertissement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rows that would be skipped as possible duplicates: %1 (to import them all the same, add --duplicates import).</source>
        <translation>Lignes qui seraient ignorées comme doublons possibles&#xa0;: %1 (pour les importer malgré tout, ajoutez --duplicates import).</translation>
    </message>
    <message>
        <source>Rows skipped as possible duplicates: %1 (to import them all the same, run import again with --duplicates import).</source>
        <translation>Lignes ignorées comme doublons possibles&#xa0;: %1 (pour les importer malgré tout, relancez import avec --duplicates import).</translation>
    </message>
    <message>
        <source>Rows that would be imported although possible duplicates: %1.</source>
        <translation>Lignes qui seraient importées bien que doublons possibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rows imported although possible duplicates: %1.</source>
        <translation>Lignes importées bien que doublons possibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>What to do with a row that may be someone already in the file or an earlier row: skip (the default) or import.</source>
        <translation>Que faire d&apos;une ligne qui correspond peut-être à une personne déjà dans le fichier ou à une ligne précédente&#xa0;: skip (par défaut, l&apos;ignorer) ou import (l&apos;importer).</translation>
    </message>
    <message>
        <source>skip|import</source>
        <translation>skip|import</translation>
    </message>
    <message>
        <source>--duplicates must be skip or import.</source>
        <translation>--duplicates doit valoir skip ou import.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import applications from %1</source>
        <translation>Importer des candidatures depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with applications: </source>
        <translation>
            <numerusform>%Ln ligne avec des candidatures&#xa0;: </numerusform>
            <numerusform>%Ln lignes avec des candidatures&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln can be imported, </source>
        <translation>
            <numerusform>%Ln importable, </numerusform>
            <numerusform>%Ln importables, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems.</source>
        <translation>
            <numerusform>%Ln avec des problèmes.</numerusform>
            <numerusform>%Ln avec des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required columns missing: %1.</source>
        <translation>Colonnes obligatoires manquantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Columns not read, because a candidate has no such field: %1.</source>
        <translation>Colonnes non lues, car un candidat n&apos;a pas de tel champ&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Columns the application sets itself, not read: %1.</source>
        <translation>Colonnes que l&apos;application renseigne elle-même, non lues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Problems by row</source>
        <translation>Problèmes par ligne</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln &amp;Valid Row(s)</source>
        <translation>
            <numerusform>Importer la %Ln ligne &amp;valide</numerusform>
            <numerusform>Importer les %Ln lignes &amp;valides</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Possible duplicates, and what to do with each</source>
        <translation>Doublons possibles, et que faire de chacun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>May be the same person as</source>
        <translation>Peut être la même personne que</translation>
    </message>
    <message>
        <source>Import?</source>
        <translation>Importer&#xa0;?</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1, already in the file</source>
        <translation>%1, déjà dans le fichier</translation>
    </message>
    <message>
        <source>Row %1: import?</source>
        <translation>Ligne %1&#xa0;: importer&#xa0;?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Import as a new candidate</source>
        <translation>Importer comme nouveau candidat</translation>
    </message>
    <message>
        <source>Import and link to %1</source>
        <translation>Importer et lier à %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s) skipped (choose for each below).</source>
        <translation>
            <numerusform>%Ln doublon possible ignoré (choisissez pour chacun ci-dessous).</numerusform>
            <numerusform>%Ln doublons possibles ignorés (choisissez pour chacun ci-dessous).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReviewCommand</name>
    <message>
        <source>Import a reviewer&apos;s review file into the shared file (officers). Importing again is harmless.</source>
        <translation>Importer le fichier d&apos;évaluation d&apos;un évaluateur dans le fichier partagé (agents). Une nouvelle importation est sans effet nuisible.</translation>
    </message>
    <message>
        <source>The shared Accreditation Desk file.</source>
        <translation>Le fichier Accreditation Desk partagé.</translation>
    </message>
    <message>
        <source>The review file to import.</source>
        <translation>Le fichier d&apos;évaluation à importer.</translation>
    </message>
</context>
<context>
    <name>IndexCommand</name>
    <message>
        <source>Read the text of documents not read yet, for the full-text search.</source>
        <translation>Lire le texte des documents non encore lus, pour la recherche en texte intégral.</translation>
    </message>
    <message>
        <source>The documents&apos; text was not read: %1</source>
        <translation>Le texte des documents n&apos;a pas été lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) are not searchable yet.</source>
        <translation>
            <numerusform>%Ln document n&apos;est pas encore inclus dans la recherche.</numerusform>
            <numerusform>%Ln documents ne sont pas encore inclus dans la recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) read: </source>
        <translation>
            <numerusform>%Ln document lu&#xa0;: </numerusform>
            <numerusform>%Ln documents lus&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with text, %2 without a text layer, %3 not readable, %4 failed.</source>
        <translation>%1 avec texte, %2 sans couche texte, %3 illisibles, %4 en échec.</translation>
    </message>
    <message>
        <source>Not searchable:</source>
        <translation>Non inclus dans la recherche&#xa0;:</translation>
    </message>
</context>
<context>
    <name>InformChannel</name>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
</context>
<context>
    <name>InformCommand</name>
    <message>
        <source>Record that a candidate was told of the decisions awaiting it.</source>
        <translation>Enregistrer qu&apos;un candidat a été informé des décisions le concernant.</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>Comment&#xa0;: %1.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>When, as YYYY-MM-DD (default today).</source>
        <translation>Quand, au format AAAA-MM-JJ (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>%1 informed on %2 (%3).</source>
        <translation>%1 informé le %2 (%3).</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty Accreditation Desk file.</source>
        <translation>Créer un nouveau fichier Accreditation Desk vide.</translation>
    </message>
    <message>
        <source>The file to create (it must not exist).</source>
        <translation>Le fichier à créer (il ne doit pas exister).</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
</context>
<context>
    <name>Invariants</name>
    <message>
        <source>A decision about %1 starts at &quot;%2&quot; although they were at &quot;%3&quot;.</source>
        <translation>Une décision concernant %1 part de «&#xa0;%2&#xa0;» alors que le candidat se trouvait à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>A reversal about %1 (%2) undoes a decision that was not their latest.</source>
        <translation>Une annulation concernant %1 (%2) défait une décision qui n&apos;était pas sa dernière.</translation>
    </message>
    <message>
        <source>A decision moves %1 from &quot;%2&quot; to &quot;%3&quot;, a move the pipeline does not have.</source>
        <translation>Une décision fait passer %1 de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;», un passage que le parcours ne prévoit pas.</translation>
    </message>
    <message>
        <source>%1 is recorded as told of &quot;%2&quot; on %3, before it was decided (%4).</source>
        <translation>%1 est enregistré comme informé de «&#xa0;%2&#xa0;» le %3, avant la décision (%4).</translation>
    </message>
    <message>
        <source>%1 is recorded at stage &quot;%2&quot; but their decisions lead to &quot;%3&quot;.</source>
        <translation>%1 est enregistré à l&apos;étape «&#xa0;%2&#xa0;» mais ses décisions mènent à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 participants for %3 seats (the call allows at most 10).</source>
        <translation>«&#xa0;%1&#xa0;» compte %2 participants pour %3 places (l&apos;appel en autorise au maximum 10).</translation>
    </message>
    <message>
        <source>%1 holds a seat although at stage &quot;%2&quot;.</source>
        <translation>%1 occupe une place bien qu&apos;à l&apos;étape «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 counts as active in the pool but is at stage &quot;%2&quot;.</source>
        <translation>%1 est compté comme actif dans le vivier mais se trouve à l&apos;étape «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is at stage &quot;accredited&quot; but no standing decision accredits them, so the pool leaves them out.</source>
        <translation>%1 est à l&apos;étape «&#xa0;accrédité&#xa0;» mais aucune décision en vigueur ne l&apos;accrédite&#xa0;; le vivier ne le compte donc pas.</translation>
    </message>
    <message>
        <source>%1 is at stage &quot;accredited&quot; but left the pool (%2).</source>
        <translation>%1 est à l&apos;étape «&#xa0;accrédité&#xa0;» mais a quitté le vivier (%2).</translation>
    </message>
    <message>
        <source>%1 takes part in &quot;%2&quot; as a Stage 3 candidate without having passed the workshop.</source>
        <translation>%1 participe à «&#xa0;%2&#xa0;» en tant que candidat de l&apos;étape 3 sans avoir réussi l&apos;atelier.</translation>
    </message>
    <message>
        <source>%1 was decided &quot;%2&quot; although the outcome recorded for %3 is &quot;%4&quot;, and no override reason is kept.</source>
        <translation>%1 a fait l&apos;objet de la décision «&#xa0;%2&#xa0;» alors que le résultat enregistré pour %3 est «&#xa0;%4&#xa0;», sans motif de dérogation conservé.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <source>%1 has a workshop outcome but took part in no workshop.</source>
        <translation>%1 a un résultat d&apos;atelier mais n&apos;a participé à aucun atelier.</translation>
    </message>
    <message>
        <source>%1&apos;s workshop outcome was recorded on %2, before &quot;%3&quot; began (%4).</source>
        <translation>Le résultat d&apos;atelier de %1 a été enregistré le %2, avant le début de «&#xa0;%3&#xa0;» (%4).</translation>
    </message>
    <message>
        <source>%1&apos;s field assessment outcome (%2) comes before their Stage 3: it needs the workshop passed and a Stage 3 activity begun.</source>
        <translation>Le résultat de l&apos;évaluation sur le terrain de %1 (%2) précède son étape 3&#xa0;: il faut que l&apos;atelier soit réussi et qu&apos;une activité de l&apos;étape 3 ait commencé.</translation>
    </message>
    <message>
        <source>%1 was decided &quot;%2&quot; on %3, before &quot;%4&quot; began (%5).</source>
        <translation>%1 a fait l&apos;objet de la décision «&#xa0;%2&#xa0;» le %3, avant le début de «&#xa0;%4&#xa0;» (%5).</translation>
    </message>
    <message>
        <source>%1&apos;s accreditation takes effect on %2, before the end of &quot;%3&quot; (%4).</source>
        <translation>L&apos;accréditation de %1 prend effet le %2, avant la fin de «&#xa0;%3&#xa0;» (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of &quot;%2&quot; was closed on %3 by %4 with %n decision(s) not yet told, and no reason kept.</source>
        <translation>
            <numerusform>%1 de «&#xa0;%2&#xa0;» a été close le %3 par %4 avec %n décision non encore communiquée, sans motif conservé.</numerusform>
            <numerusform>%1 de «&#xa0;%2&#xa0;» a été close le %3 par %4 avec %n décisions non encore communiquées, sans motif conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds a seat in &quot;%2&quot; but applied to no workshop.</source>
        <translation>%1 occupe une place dans «&#xa0;%2&#xa0;» mais n&apos;a posé sa candidature à aucun atelier.</translation>
    </message>
    <message>
        <source>%1 holds a seat in &quot;%2&quot; but applied to &quot;%3&quot;.</source>
        <translation>%1 occupe une place dans «&#xa0;%2&#xa0;» mais a posé sa candidature à «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LanguageLevel</name>
    <message>
        <source>A1 (beginner)</source>
        <translation>A1 (débutant)</translation>
    </message>
    <message>
        <source>A2 (elementary)</source>
        <translation>A2 (élémentaire)</translation>
    </message>
    <message>
        <source>B1 (intermediate)</source>
        <translation>B1 (intermédiaire)</translation>
    </message>
    <message>
        <source>B2 (upper intermediate)</source>
        <translation>B2 (intermédiaire supérieur)</translation>
    </message>
    <message>
        <source>C1 (proficient)</source>
        <translation>C1 (avancé)</translation>
    </message>
    <message>
        <source>C2 (mastery)</source>
        <translation>C2 (maîtrise)</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>Langue maternelle</translation>
    </message>
</context>
<context>
    <name>LetterBatch</name>
    <message>
        <source>The folder &quot;%1&quot; could not be made. Choose a folder you can write to.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;a pas pu être créé. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Greeting line, e.g. &quot;Dear Amina Diallo,&quot; or &quot;Madame,&quot;</source>
        <translation>Formule d&apos;appel, p. ex. «&#xa0;Dear Amina Diallo,&#xa0;» ou «&#xa0;Madame,&#xa0;»</translation>
    </message>
    <message>
        <source>Given names and family name</source>
        <translation>Prénoms et nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>The candidate&apos;s position</source>
        <translation>Fonction du candidat</translation>
    </message>
    <message>
        <source>Nominating Customs administration</source>
        <translation>Administration des douanes qui présente la candidature</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Titre de l&apos;atelier</translation>
    </message>
    <message>
        <source>Workshop venue</source>
        <translation>Lieu de l&apos;atelier</translation>
    </message>
    <message>
        <source>First day of the workshop</source>
        <translation>Premier jour de l&apos;atelier</translation>
    </message>
    <message>
        <source>Last day of the workshop</source>
        <translation>Dernier jour de l&apos;atelier</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Reason recorded with the decision</source>
        <translation>Motif enregistré avec la décision</translation>
    </message>
    <message>
        <source>Accreditation date</source>
        <translation>Date d&apos;accréditation</translation>
    </message>
    <message>
        <source>Last day of the three-year availability commitment</source>
        <translation>Dernier jour de l&apos;engagement de disponibilité de trois ans</translation>
    </message>
    <message>
        <source>Weeks of availability (12)</source>
        <translation>Semaines de disponibilité (12)</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Date de la lettre</translation>
    </message>
    <message>
        <source>There is no result letter for &quot;%1&quot;. Choose one of the decisions a letter exists for.</source>
        <translation>Il n&apos;existe pas de lettre de résultat pour «&#xa0;%1&#xa0;». Choisissez l&apos;une des décisions pour lesquelles une lettre existe.</translation>
    </message>
    <message>
        <source>Letters are written in English (en) or French (fr), not &quot;%1&quot;.</source>
        <translation>Les lettres sont rédigées en anglais (en) ou en français (fr), pas en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The letter needs a subject.</source>
        <translation>La lettre doit avoir un objet.</translation>
    </message>
    <message>
        <source>The letter needs a text.</source>
        <translation>La lettre doit avoir un texte.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown placeholder(s): {%1}. Use one of the placeholders listed beside the text, or remove the braces.</source>
        <translation>
            <numerusform>Champ variable inconnu&#xa0;: {%1}. Utilisez l&apos;un des champs variables indiqués à côté du texte, ou retirez les accolades.</numerusform>
            <numerusform>Champs variables inconnus&#xa0;: {%1}. Utilisez l&apos;un des champs variables indiqués à côté du texte, ou retirez les accolades.</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter is too long.</source>
        <translation>La lettre est trop longue.</translation>
    </message>
    <message>
        <source>Name of the person who signs (the file&apos;s signatory)</source>
        <translation>Nom de la personne qui signe (le signataire du fichier)</translation>
    </message>
    <message>
        <source>Title of the person who signs</source>
        <translation>Titre de la personne qui signe</translation>
    </message>
    <message>
        <source>The signature: the signatory&apos;s name and title, then the WCO Secretariat, one per line</source>
        <translation>La signature&#xa0;: le nom et le titre du signataire, puis le Secrétariat de l&apos;OMD, un par ligne</translation>
    </message>
    <message>
        <source>French agreement with the candidate&apos;s gender: &quot;e&quot; for a woman, nothing for a man, &quot;(e)&quot; otherwise, as in &quot;accrédité{e}&quot;</source>
        <translation>Accord en français avec le genre du candidat&#xa0;: «&#xa0;e&#xa0;» pour une femme, rien pour un homme, «&#xa0;(e)&#xa0;» sinon, comme dans «&#xa0;accrédité{e}&#xa0;»</translation>
    </message>
    <message>
        <source>A signatory&apos;s title needs their name too; give both, or neither to clear them.</source>
        <translation>Le titre d&apos;un signataire exige aussi son nom&#xa0;; indiquez les deux, ou aucun pour les effacer.</translation>
    </message>
    <message>
        <source>The signatory&apos;s name and title are one line each, of at most 200 characters.</source>
        <translation>Le nom et le titre du signataire tiennent chacun sur une ligne d&apos;au plus 200 caractères.</translation>
    </message>
    <message>
        <source>The title the candidate applies for or holds, in the letter&apos;s language and, in French, agreeing with their gender: &quot;conseillère technique et opérationnelle&quot; for a woman, &quot;conseiller technique et opérationnel&quot; for a man</source>
        <translation>Le titre que la personne candidate demande ou détient, dans la langue de la lettre et, en français, accordé selon son genre&#xa0;: «&#xa0;conseillère technique et opérationnelle&#xa0;» pour une femme, «&#xa0;conseiller technique et opérationnel&#xa0;» pour un homme</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Could not read the letter&apos;s text.</source>
        <translation>Impossible de lire le texte de la lettre.</translation>
    </message>
    <message>
        <source>Could not read the letters&apos; texts.</source>
        <translation>Impossible de lire les textes des lettres.</translation>
    </message>
    <message>
        <source>Someone else saved this letter&apos;s text after you opened it. Your changes were not saved; reload and make them again.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré le texte de cette lettre après que vous l&apos;avez ouvert. Vos modifications n&apos;ont pas été enregistrées&#xa0;; rechargez et refaites-les.</translation>
    </message>
    <message>
        <source>the letter &quot;%1&quot;</source>
        <translation>la lettre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not restore the letter&apos;s built-in text.</source>
        <translation>Impossible de rétablir le texte d&apos;origine de la lettre.</translation>
    </message>
</context>
<context>
    <name>LettersCommand</name>
    <message>
        <source>Write the result letters of a workshop&apos;s decision as PDF, with e-mail drafts.</source>
        <translation>Écrire en PDF les lettres de résultat d&apos;une décision d&apos;un atelier, avec des brouillons de courriel.</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Whom to write to: the candidates standing at %1.</source>
        <translation>Destinataires&#xa0;: les candidats qui se trouvent à %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The folder to write the letters to (made when missing).</source>
        <translation>Le dossier dans lequel écrire les lettres (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write every letter in this language (en or fr) instead of each candidate&apos;s own.</source>
        <translation>Rédiger toutes les lettres dans cette langue (en ou fr) au lieu de celle de chaque candidat.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Once every letter is written, record the candidates as informed by letter today (officers).</source>
        <translation>Une fois toutes les lettres écrites, enregistrer les candidats comme informés par lettre aujourd&apos;hui (agents).</translation>
    </message>
    <message>
        <source>--decision must be one of: %1.</source>
        <translation>--decision doit valoir l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give the workshop with --workshop W.</source>
        <translation>Indiquez l&apos;atelier avec --workshop W.</translation>
    </message>
    <message>
        <source>Give the folder to write to with -o DIR.</source>
        <translation>Indiquez le dossier de destination avec -o DIR.</translation>
    </message>
    <message>
        <source>--language must be en or fr.</source>
        <translation>--language doit valoir en ou fr.</translation>
    </message>
    <message>
        <source>The candidates cannot be recorded as informed: %1 No letter was written.</source>
        <translation>Les candidats ne peuvent pas être enregistrés comme informés&#xa0;: %1 Aucune lettre n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Nobody of &quot;%1&quot; stands at &quot;%2&quot;: no letter written.</source>
        <translation>Personne dans «&#xa0;%1&#xa0;» ne se trouve à «&#xa0;%2&#xa0;»&#xa0;: aucune lettre écrite.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>, e-mail draft %1</source>
        <translation>, brouillon de courriel %1</translation>
    </message>
    <message>
        <source>%1: not recorded as informed: %2</source>
        <translation>%1&#xa0;: non enregistré comme informé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) recorded as informed by letter.</source>
        <translation>
            <numerusform>%n candidat enregistré comme informé par lettre.</numerusform>
            <numerusform>%n candidats enregistrés comme informés par lettre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is named to sign the letters: they are signed &quot;WCO Secretariat&quot; alone. To sign them, run accreditation-desk-cli settings %1 --signatory-name NAME --signatory-title TITLE.</source>
        <translation>Personne n&apos;est désigné pour signer les lettres&#xa0;: elles sont signées «&#xa0;Secrétariat de l&apos;OMD&#xa0;» seul. Pour les signer, lancez accreditation-desk-cli settings %1 --signatory-name NAME --signatory-title TITLE.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a spreadsheet (.xlsx) nor a CSV file (.csv). Choose File &gt; Export… again and give the name one of these endings.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un tableur (.xlsx) ni un fichier CSV (.csv). Choisissez de nouveau Fichier &gt; Exporter… et donnez au nom l&apos;une de ces extensions.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open Read-&amp;Only…</source>
        <translation>Ouvrir en &amp;lecture seule…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Accreditation Desk</source>
        <translation>À &amp;propos d&apos;Accreditation Desk</translation>
    </message>
    <message>
        <source>About Accreditation Desk</source>
        <translation>À propos d&apos;Accreditation Desk</translation>
    </message>
    <message>
        <source>Accreditation Desk %1
Accreditation of WCO IPR Technical and Operational Advisors.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Accreditation Desk %1
Accréditation des conseillers techniques et opérationnels (CTO) de l&apos;OMD en matière de DPI.
Distribué sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Open an accreditation file</source>
        <translation>Ouvrir un fichier d&apos;accréditation</translation>
    </message>
    <message>
        <source>Open an accreditation file to read</source>
        <translation>Ouvrir un fichier d&apos;accréditation en lecture</translation>
    </message>
    <message>
        <source>Create an accreditation file</source>
        <translation>Créer un fichier d&apos;accréditation</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation>Fichier mis à niveau</translation>
    </message>
    <message>
        <source>The file was upgraded to this version&apos;s format. A copy of it as it was is kept in &quot;%1&quot;.</source>
        <translation>Le fichier a été mis au format de cette version. Une copie du fichier tel qu&apos;il était est conservée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Impossible de créer le fichier</translation>
    </message>
    <message>
        <source>Accreditation Desk</source>
        <translation>Accreditation Desk</translation>
    </message>
    <message>
        <source>Accreditation Desk — %1 (read-only)</source>
        <translation>Accreditation Desk — %1 (lecture seule)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Import Review Files…</source>
        <translation>&amp;Importer les fichiers d&apos;évaluation…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>File &amp;History…</source>
        <translation>Historique du &amp;fichier…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Candidate History…</source>
        <translation>Historique du &amp;candidat…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>%1 was editing this file on %2, but their session shows no sign of life since %3.

If they have stopped working (a closed laptop, a crash), you can take over editing. If they are still working, their unsaved changes will be refused.</source>
        <translation>%1 modifiait ce fichier le %2, mais sa session ne donne plus signe de vie depuis %3.

Si cette personne a cessé de travailler (ordinateur portable fermé, plantage), vous pouvez reprendre la main sur les modifications. Si elle travaille encore, ses modifications non enregistrées seront refusées.</translation>
    </message>
    <message>
        <source>Take over editing?</source>
        <translation>Reprendre la main sur les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Take Over Editing</source>
        <translation>&amp;Reprendre la main</translation>
    </message>
    <message>
        <source>Editing not taken over</source>
        <translation>Reprise de la main non effectuée</translation>
    </message>
    <message>
        <source>Review files not imported</source>
        <translation>Fichiers d&apos;évaluation non importés</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new score(s) from the review files beside the file.</source>
        <translation>
            <numerusform>%Ln nouvelle note importée depuis les fichiers d&apos;évaluation situés à côté du fichier.</numerusform>
            <numerusform>%Ln nouvelles notes importées depuis les fichiers d&apos;évaluation situés à côté du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated with changes saved by others.</source>
        <translation>Mis à jour avec les modifications enregistrées par d&apos;autres personnes.</translation>
    </message>
    <message>
        <source>Editing taken over</source>
        <translation>Reprise de la main effectuée</translation>
    </message>
    <message>
        <source>Back up the file to</source>
        <translation>Sauvegarder le fichier dans</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisissez la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation>Restaurer dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Import a review file</source>
        <translation>Importer un fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>Review file not imported</source>
        <translation>Fichier d&apos;évaluation non importé</translation>
    </message>
    <message>
        <source>Review file imported</source>
        <translation>Fichier d&apos;évaluation importé</translation>
    </message>
    <message>
        <source>Candidate history</source>
        <translation>Historique du candidat</translation>
    </message>
    <message>
        <source>Select a candidate in the list first.</source>
        <translation>Sélectionnez d&apos;abord un candidat dans la liste.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Vivier</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Areas of the file</source>
        <translation>Espaces du fichier</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New Candidate</source>
        <translation>&amp;Nouveau candidat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>the new candidate</source>
        <translation>le nouveau candidat</translation>
    </message>
    <message>
        <source>Accreditation Desk — %1[*]</source>
        <translation>Accreditation Desk — %1[*]</translation>
    </message>
    <message>
        <source>Create &amp;My Review File…</source>
        <translation>Créer &amp;mon fichier d&apos;évaluation…</translation>
    </message>
    <message>
        <source>Open My Re&amp;view File…</source>
        <translation>Ouvrir mon fichier d&apos;é&amp;valuation…</translation>
    </message>
    <message>
        <source>Your review file is open: your scores show until the officer imports them.</source>
        <translation>Votre fichier d&apos;évaluation est ouvert&#xa0;: vos notes s&apos;affichent jusqu&apos;à ce que l&apos;agent les importe.</translation>
    </message>
    <message>
        <source>No review file</source>
        <translation>Aucun fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>Create your review file</source>
        <translation>Créer votre fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>Your scores go to %1; the officer imports them.</source>
        <translation>Vos notes sont enregistrées dans %1&#xa0;; l&apos;agent les importe.</translation>
    </message>
    <message>
        <source>Open your review file</source>
        <translation>Ouvrir votre fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>Review file not opened</source>
        <translation>Fichier d&apos;évaluation non ouvert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to another file or another reviewer.</source>
        <translation>«&#xa0;%1&#xa0;» appartient à un autre fichier ou à un autre évaluateur.</translation>
    </message>
    <message>
        <source>&amp;Archive Candidate</source>
        <translation>Arc&amp;hiver le candidat</translation>
    </message>
    <message>
        <source>&amp;Bring Back from Archive</source>
        <translation>&amp;Sortir des archives</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Non archivé</translation>
    </message>
    <message>
        <source>%1 was archived. Show archived candidates to bring them back.</source>
        <translation>%1 a été archivé. Affichez les candidats archivés pour le faire revenir.</translation>
    </message>
    <message>
        <source>Not brought back</source>
        <translation>Non sorti des archives</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Do&amp;cuments</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Import &amp;Applications…</source>
        <translation>Importer des c&amp;andidatures…</translation>
    </message>
    <message>
        <source>Import applications from a CSV file</source>
        <translation>Importer des candidatures depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln application(s).</source>
        <translation>
            <numerusform>%Ln candidature importée.</numerusform>
            <numerusform>%Ln candidatures importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase Personal Data…</source>
        <translation>&amp;Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Erase personal data?</source>
        <translation>Effacer les données personnelles&#xa0;?</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 for good? Names, contact details, notes and documents are removed from the file and from its history; an anonymous record keeps the stage and decisions. This cannot be undone. Backups made before keep the data until they are rotated out.</source>
        <translation>Effacer définitivement les données personnelles de %1&#xa0;? Les noms, coordonnées, notes et documents sont retirés du fichier et de son historique&#xa0;; une fiche anonyme conserve l&apos;étape et les décisions. Cette opération est irréversible. Les sauvegardes antérieures conservent les données jusqu&apos;à leur rotation.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Non effacé</translation>
    </message>
    <message>
        <source>The personal data of %1 was erased.</source>
        <translation>Les données personnelles de %1 ont été effacées.</translation>
    </message>
    <message>
        <source>&amp;History and Decisions</source>
        <translation>&amp;Historique et décisions</translation>
    </message>
    <message>
        <source>About the selected candidate</source>
        <translation>Au sujet du candidat sélectionné</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Im&amp;primer</translation>
    </message>
    <message>
        <source>Paper &amp;Size</source>
        <translation>&amp;Format du papier</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of the file is made.</source>
        <translation>La sauvegarde automatique du jour a été effectuée.</translation>
    </message>
    <message>
        <source>The file&apos;s history was changed</source>
        <translation>L&apos;historique du fichier a été modifié</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) of interest recorded; the reviewers&apos; assignments were removed.</source>
        <translation>
            <numerusform>%Ln conflit d&apos;intérêts enregistré&#xa0;; les affectations des évaluateurs ont été retirées.</numerusform>
            <numerusform>%Ln conflits d&apos;intérêts enregistrés&#xa0;; les affectations des évaluateurs ont été retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive candidate?</source>
        <translation>Archiver le candidat&#xa0;?</translation>
    </message>
    <message>
        <source>Archive %1? They leave the candidate list, and their record, decisions and documents stay in the file. To find them again, tick &quot;Show archived&quot; in the list; Edit &gt; Bring Back from Archive returns them.</source>
        <translation>Archiver %1&#xa0;? Le candidat quitte la liste des candidats&#xa0;; sa fiche, ses décisions et ses documents restent dans le fichier. Pour le retrouver, cochez «&#xa0;Afficher les archivés&#xa0;» dans la liste&#xa0;; Édition &gt; Sortir des archives le fait revenir.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>%1 was not archived: %2</source>
        <translation>%1 n&apos;a pas été archivé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Why is the data of %1 erased?</source>
        <translation>Pourquoi les données de %1 sont-elles effacées&#xa0;?</translation>
    </message>
    <message>
        <source>The data of %1 was not erased: %2</source>
        <translation>Les données de %1 n&apos;ont pas été effacées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not brought back: %2</source>
        <translation>%1 n&apos;est pas sorti des archives&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is back in the candidate list.</source>
        <translation>%1 est de retour dans la liste des candidats.</translation>
    </message>
    <message>
        <source>Candidate not found</source>
        <translation>Candidat introuvable</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Param&amp;ètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Cannot create the demo file</source>
        <translation>Impossible de créer le fichier de démonstration</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Le fichier est endommagé</translation>
    </message>
    <message>
        <source>The whole file could not be checked: %1</source>
        <translation>Le fichier n&apos;a pas pu être vérifié en entier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export this area&apos;s list, with its filters, as a spreadsheet (XLSX) or CSV.</source>
        <translation>Exporter la liste de cet espace, avec ses filtres, sous forme de tableur (XLSX) ou de fichier CSV.</translation>
    </message>
    <message>
        <source>The Dashboard has no list to export (its charts have their own Export buttons): go to Candidates, Workshops, Activities or Pool.</source>
        <translation>Le tableau de bord n&apos;a aucune liste à exporter (ses graphiques ont leurs propres boutons d&apos;exportation)&#xa0;: allez dans Candidats, Ateliers, Activités ou Vivier.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose a workshop at the top of the Workshops area first: its %1 is what is exported from this tab.</source>
        <translation>Choisissez d&apos;abord un atelier en haut de l&apos;espace Ateliers&#xa0;: c&apos;est sa liste «&#xa0;%1&#xa0;» qui est exportée depuis cet onglet.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>&amp;Find in This Area</source>
        <translation>Rechercher dans ce&amp;t espace</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Go to this area&apos;s search field.</source>
        <translation>Aller au champ de recherche de cet espace.</translation>
    </message>
    <message>
        <source>This area has nothing to search: Candidates, Workshops and Pool have a search field.</source>
        <translation>Cet espace n&apos;a rien à rechercher&#xa0;: Candidats, Ateliers et Vivier ont un champ de recherche.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Save your changes to %1?</source>
        <translation>Enregistrer vos modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>If you do not save, your changes are lost.</source>
        <translation>Si vous n&apos;enregistrez pas, vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>OfficeText</name>
    <message>
        <source>The document could not be read.</source>
        <translation>Le document n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The document is damaged (%1).</source>
        <translation>Le document est endommagé (%1).</translation>
    </message>
    <message>
        <source>The document is damaged: it lacks its text part (%1).</source>
        <translation>Le document est endommagé&#xa0;: sa partie texte est absente (%1).</translation>
    </message>
    <message>
        <source>The document&apos;s text part is too large to read.</source>
        <translation>La partie texte du document est trop volumineuse pour être lue.</translation>
    </message>
    <message>
        <source>The document is damaged: its text part cannot be opened.</source>
        <translation>Le document est endommagé&#xa0;: sa partie texte ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The document is damaged: its text part cannot be read.</source>
        <translation>Le document est endommagé&#xa0;: sa partie texte ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The document is damaged: %1</source>
        <translation>Le document est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The document holds no text.</source>
        <translation>Le document ne contient aucun texte.</translation>
    </message>
</context>
<context>
    <name>OutcomeCommand</name>
    <message>
        <source>Record the outcome of a step&apos;s assessment of a candidate (officers), apart from the scores.</source>
        <translation>Enregistrer le résultat de l&apos;évaluation d&apos;un candidat pour une phase (agents), distinct des notes.</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The step: %1.</source>
        <translation>La phase&#xa0;: %1.</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>The candidate passed the step.</source>
        <translation>Le candidat a réussi la phase.</translation>
    </message>
    <message>
        <source>The candidate did not pass the step.</source>
        <translation>Le candidat n&apos;a pas réussi la phase.</translation>
    </message>
    <message>
        <source>Why, in a sentence.</source>
        <translation>Pourquoi, en une phrase.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Give --step (%1) and either --passed or --not-passed.</source>
        <translation>Indiquez --step (%1) et soit --passed, soit --not-passed.</translation>
    </message>
    <message>
        <source>%1: %2 passed.</source>
        <translation>%1&#xa0;: %2 réussie.</translation>
    </message>
    <message>
        <source>%1: %2 not passed.</source>
        <translation>%1&#xa0;: %2 non réussie.</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>Printing could not start: the printer or the file cannot be written. Check where it goes and try again.</source>
        <translation>L&apos;impression n&apos;a pas pu démarrer&#xa0;: impossible d&apos;écrire sur l&apos;imprimante ou dans le fichier. Vérifiez la destination et réessayez.</translation>
    </message>
    <message>
        <source>A new page could not be started; the output is incomplete and was not kept.</source>
        <translation>Une nouvelle page n&apos;a pas pu être commencée&#xa0;; le résultat est incomplet et n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>Printing could not be finished.</source>
        <translation>L&apos;impression n&apos;a pas pu être terminée.</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Liste des participants</translation>
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
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Assessors: %1</source>
        <translation>Évaluateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Nobody holds a seat yet.</source>
        <translation>Personne n&apos;a encore de place.</translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Co-facilitator</source>
        <translation>Co-animateur</translation>
    </message>
    <message>
        <source>Stage 3 candidate</source>
        <translation>Candidat de l&apos;étape 3</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Nothing was written there; choose a folder you can write to, with space left, and try again.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Rien n&apos;y a été écrit&#xa0;; choisissez un dossier dans lequel vous pouvez écrire, avec de l&apos;espace libre, et réessayez.</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>The PDF is protected by a password, so its text cannot be read.</source>
        <translation>Le PDF est protégé par un mot de passe&#xa0;; son texte ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>The PDF is protected in a way that cannot be read.</source>
        <translation>Le PDF est protégé d&apos;une manière qui empêche sa lecture.</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete.</source>
        <translation>Le PDF est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>Le PDF n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Could not read the text of this PDF: the program that reads PDFs (%1) is missing. Install Accreditation Desk again.</source>
        <translation>Impossible de lire le texte de ce PDF&#xa0;: le programme qui lit les PDF (%1) est absent. Réinstallez Accreditation Desk.</translation>
    </message>
    <message>
        <source>Could not read the text of this PDF: the program that reads PDFs (%1) did not start (%2).</source>
        <translation>Impossible de lire le texte de ce PDF&#xa0;: le programme qui lit les PDF (%1) n&apos;a pas démarré (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Could not read the text of this PDF (took too long: more than %n second(s)). The document itself is kept; only its words cannot be searched.</source>
        <translation>
            <numerusform>Impossible de lire le texte de ce PDF (délai dépassé&#xa0;: plus de %n seconde). Le document lui-même est conservé&#xa0;; seule la recherche dans ses mots est impossible.</numerusform>
            <numerusform>Impossible de lire le texte de ce PDF (délai dépassé&#xa0;: plus de %n secondes). Le document lui-même est conservé&#xa0;; seule la recherche dans ses mots est impossible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the text of this PDF: its reader stopped unexpectedly. The document itself is kept; only its words cannot be searched.</source>
        <translation>Impossible de lire le texte de ce PDF&#xa0;: son lecteur s&apos;est arrêté de façon inattendue. Le document lui-même est conservé&#xa0;; seule la recherche dans ses mots est impossible.</translation>
    </message>
    <message>
        <source>Could not read the text of this PDF: its reader gave no answer.</source>
        <translation>Impossible de lire le texte de ce PDF&#xa0;: son lecteur n&apos;a donné aucune réponse.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan?): its words cannot be searched without text recognition.</source>
        <translation>Le PDF n&apos;a pas de couche texte (un document numérisé&#xa0;?)&#xa0;: ses mots ne peuvent pas être recherchés sans reconnaissance de caractères.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Could not read the people of the file.</source>
        <translation>Impossible de lire les personnes du fichier.</translation>
    </message>
    <message>
        <source>%1 is no longer recorded in the file.</source>
        <translation>%1 n&apos;est plus enregistré dans le fichier.</translation>
    </message>
    <message>
        <source>%1 is the file&apos;s only officer; record another officer first.</source>
        <translation>%1 est le seul agent du fichier&#xa0;; enregistrez d&apos;abord un autre agent.</translation>
    </message>
    <message>
        <source>Someone is already recorded with the account &quot;%1&quot;.</source>
        <translation>Une personne est déjà enregistrée avec le compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d&apos;enregistrer %1.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened them; reload.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouvert&#xa0;; rechargez.</translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>List the people recorded in a file with their roles.</source>
        <translation>Lister les personnes enregistrées dans un fichier avec leurs rôles.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Record a person</source>
        <translation>Enregistrer une personne</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account (user name):</source>
        <translation>&amp;Compte (nom d&apos;utilisateur)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dministration:</source>
        <translation>A&amp;dministration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>C&amp;ourriel&#xa0;:</translation>
    </message>
    <message>
        <source>People of the file</source>
        <translation>Personnes du fichier</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Officers edit the file; reviewers score in their own review files; observers read and print.</source>
        <translation>Les agents modifient le fichier&#xa0;; les évaluateurs notent dans leurs propres fichiers d&apos;évaluation&#xa0;; les observateurs lisent et impriment.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>Enter the account the person signs in with on their computer (their user name).</source>
        <translation>Saisissez le compte avec lequel la personne se connecte à son ordinateur (son nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>An account is a user name without spaces around it or &quot;@&quot;.</source>
        <translation>Un compte est un nom d&apos;utilisateur, sans espaces autour ni «&#xa0;@&#xa0;».</translation>
    </message>
    <message>
        <source>A text of this person is too long.</source>
        <translation>Un texte concernant cette personne est trop long.</translation>
    </message>
</context>
<context>
    <name>PersonAddCommand</name>
    <message>
        <source>Record a person in a file with a role (officers only).</source>
        <translation>Enregistrer une personne dans un fichier avec un rôle (agents uniquement).</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>Le nom de la personne.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The user name they sign in with on their computer.</source>
        <translation>Le nom d&apos;utilisateur avec lequel elle se connecte à son ordinateur.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>officer, reviewer or observer.</source>
        <translation>officer, reviewer ou observer.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Their administration, for conflicts of interest.</source>
        <translation>Son administration, pour les conflits d&apos;intérêts.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Their e-mail address.</source>
        <translation>Son adresse électronique.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation>--role doit valoir l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Recorded %1 (%2) as %3.</source>
        <translation>%1 (%2) enregistré en tant que %3.</translation>
    </message>
</context>
<context>
    <name>PersonEditCommand</name>
    <message>
        <source>Change a person&apos;s name, account, role, administration or e-mail (officers only).</source>
        <translation>Modifier le nom, le compte, le rôle, l&apos;administration ou l&apos;adresse électronique d&apos;une personne (agents uniquement).</translation>
    </message>
    <message>
        <source>The person (id, account or name), as `people` lists them.</source>
        <translation>La personne (identifiant, compte ou nom), telle que `people` la liste.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>Le nom de la personne.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The user name they sign in with on their computer.</source>
        <translation>Le nom d&apos;utilisateur avec lequel elle se connecte à son ordinateur.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>Their role: %1.</source>
        <translation>Son rôle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Their administration, for conflicts of interest.</source>
        <translation>Son administration, pour les conflits d&apos;intérêts.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Their e-mail address.</source>
        <translation>Son adresse électronique.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Nothing to change: give what to change with --name, --account, --role, --administration or --email.</source>
        <translation>Rien à modifier&#xa0;: indiquez ce qu&apos;il faut modifier avec --name, --account, --role, --administration ou --email.</translation>
    </message>
    <message>
        <source>Nothing was changed for %1: %2</source>
        <translation>Rien n&apos;a été modifié pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2) as %3.</source>
        <translation>%1 (%2) enregistré en tant que %3.</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The candidate</source>
        <translation>Le candidat</translation>
    </message>
    <message>
        <source>Only the latest decision about %1 can be reversed; reverse the later ones first.</source>
        <translation>Seule la dernière décision concernant %1 peut être annulée&#xa0;; annulez d&apos;abord les décisions ultérieures.</translation>
    </message>
    <message>
        <source>A reversal takes %1 back from &quot;%2&quot; to &quot;%3&quot;, where the reversed decision found them.</source>
        <translation>Une annulation ramène %1 de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;», où la décision annulée l&apos;avait trouvé.</translation>
    </message>
    <message>
        <source>%1 is now at &quot;%2&quot;, not &quot;%3&quot;: someone decided meanwhile. Reload and decide again.</source>
        <translation>%1 se trouve maintenant à «&#xa0;%2&#xa0;», et non à «&#xa0;%3&#xa0;»&#xa0;: quelqu&apos;un a décidé entre-temps. Rechargez et décidez de nouveau.</translation>
    </message>
    <message>
        <source>Choose the workshop where %1 takes a seat; a selected candidate is selected for a workshop.</source>
        <translation>Choisissez l&apos;atelier où %1 obtient une place&#xa0;; un candidat est retenu pour un atelier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is full: %2 of %3 seats are taken (the call allows at most 10 a workshop). Waitlist %4, or free a seat first.</source>
        <translation>«&#xa0;%1&#xa0;» est complet&#xa0;: %2 places sur %3 sont occupées (l&apos;appel en autorise au maximum 10 par atelier). Placez %4 sur liste d&apos;attente, ou libérez d&apos;abord une place.</translation>
    </message>
    <message>
        <source>%1&apos;s screening: %2.</source>
        <translation>Présélection de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No Stage 1 screening is recorded for %1.</source>
        <translation>Aucune présélection de l&apos;étape 1 n&apos;est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>Selection needs the hard requirements met and most of the counted criteria. Record the screening, or give a written reason to override.</source>
        <translation>La sélection exige que les conditions obligatoires soient remplies ainsi que la plupart des critères comptés. Enregistrez la présélection, ou indiquez un motif écrit de dérogation.</translation>
    </message>
    <message>
        <source>%1 cannot be confirmed before their availability commitment is recorded (point 5 of the call): record when and how they gave it.</source>
        <translation>%1 ne peut pas être confirmé avant l&apos;enregistrement de son engagement de disponibilité (point 5 de l&apos;appel)&#xa0;: enregistrez quand et comment il l&apos;a donné.</translation>
    </message>
    <message>
        <source>%1 holds no seat in a workshop; enrol them first.</source>
        <translation>%1 n&apos;a pas de place dans un atelier&#xa0;; inscrivez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 took part in no workshop recorded in the file; Stage 2 is decided for the participants of a workshop.</source>
        <translation>%1 n&apos;a participé à aucun atelier enregistré dans le fichier&#xa0;; l&apos;étape 2 se décide pour les participants d&apos;un atelier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; begins on %2: Stage 2 is decided at or after the workshop.</source>
        <translation>«&#xa0;%1&#xa0;» commence le %2&#xa0;: l&apos;étape 2 se décide pendant ou après l&apos;atelier.</translation>
    </message>
    <message>
        <source>The accreditation date (%1) cannot come before the end of the workshop &quot;%2&quot; (%3).</source>
        <translation>La date d&apos;accréditation (%1) ne peut pas précéder la fin de l&apos;atelier «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>%1 already holds a seat in &quot;%2&quot;.</source>
        <translation>%1 a déjà une place dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is at &quot;%2&quot;: only applicants and selected or confirmed candidates take a seat in a workshop. A waitlisted candidate takes one when selected.</source>
        <translation>%1 se trouve à «&#xa0;%2&#xa0;»&#xa0;: seuls les candidats à l&apos;étape de candidature et les candidats retenus ou confirmés obtiennent une place dans un atelier. Un candidat sur liste d&apos;attente en obtient une lorsqu&apos;il est retenu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; began on %2; participants are enrolled before a workshop begins.</source>
        <translation>«&#xa0;%1&#xa0;» a commencé le %2&#xa0;; les participants sont inscrits avant le début d&apos;un atelier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is full: %2 of %3 seats are taken (the call allows at most 10 a workshop). Free a seat first, or waitlist %4.</source>
        <translation>«&#xa0;%1&#xa0;» est complet&#xa0;: %2 places sur %3 sont occupées (l&apos;appel en autorise au maximum 10 par atelier). Libérez d&apos;abord une place, ou placez %4 sur liste d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of &quot;%1&quot; still await being told the result of %2. Record that they were informed, or write why the step closes without it.</source>
        <translation>
            <numerusform>%n candidat de «&#xa0;%1&#xa0;» attend encore d&apos;être informé du résultat de %2. Enregistrez qu&apos;il a été informé, ou indiquez pourquoi la phase est close sans cela.</numerusform>
            <numerusform>%n candidats de «&#xa0;%1&#xa0;» attendent encore d&apos;être informés du résultat de %2. Enregistrez qu&apos;ils ont été informés, ou indiquez pourquoi la phase est close sans cela.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; was closed on %3 by %4.</source>
        <translation>%1 de «&#xa0;%2&#xa0;» a été close le %3 par %4.</translation>
    </message>
    <message>
        <source>Reopen it in the Workshops area before deciding again.</source>
        <translation>Rouvrez-la dans l&apos;espace Ateliers avant de décider de nouveau.</translation>
    </message>
    <message>
        <source>Reopen it with &quot;close-step FILE --workshop W --step %1 --reopen --reason TEXT&quot; before deciding again.</source>
        <translation>Rouvrez-la avec «&#xa0;close-step FILE --workshop W --step %1 --reopen --reason TEXT&#xa0;» avant de décider de nouveau.</translation>
    </message>
    <message>
        <source>A decision cannot take effect on a future date (%1): record it on the day it takes effect.</source>
        <translation>Une décision ne peut pas prendre effet à une date future (%1)&#xa0;: enregistrez-la le jour où elle prend effet.</translation>
    </message>
    <message>
        <source>%1 holds a seat in another workshop. %2</source>
        <translation>%1 a une place dans un autre atelier. %2</translation>
    </message>
    <message>
        <source>Move them there with Enrol in the Workshops area, or decide for that workshop.</source>
        <translation>Déplacez le candidat avec Inscrire dans l&apos;espace Ateliers, ou décidez pour cet atelier.</translation>
    </message>
    <message>
        <source>Move them there with &quot;enrol FILE CANDIDATE --workshop W&quot;, or decide for that workshop.</source>
        <translation>Déplacez le candidat avec «&#xa0;enrol FILE CANDIDATE --workshop W&#xa0;», ou décidez pour cet atelier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes part in %n activity(ies) as a Stage 3 candidate, which rests on passing the workshop. Take them off those activities in the Activities area first (or remove the activity with activity-remove).</source>
        <translation>
            <numerusform>%1 participe à %n activité en tant que candidat de l&apos;étape 3, ce qui suppose d&apos;avoir réussi l&apos;atelier. Retirez-le d&apos;abord de cette activité dans l&apos;espace Activités (ou supprimez l&apos;activité avec activity-remove).</numerusform>
            <numerusform>%1 participe à %n activités en tant que candidat de l&apos;étape 3, ce qui suppose d&apos;avoir réussi l&apos;atelier. Retirez-le d&apos;abord de ces activités dans l&apos;espace Activités (ou supprimez l&apos;activité avec activity-remove).</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcome recorded for %1&apos;s %2 is &quot;%3&quot;; &quot;%4&quot; says otherwise. Record the outcome again if it was wrong (outcome command, or Record Outcome on the scoring form), or give a written reason to override (advance --override, or the decision&apos;s Override field).</source>
        <translation>Le résultat enregistré pour %2 de %1 est «&#xa0;%3&#xa0;»&#xa0;; «&#xa0;%4&#xa0;» dit le contraire. Enregistrez de nouveau le résultat s&apos;il était erroné (commande outcome, ou Enregistrer le résultat dans la grille de notation), ou indiquez un motif écrit de dérogation (advance --override, ou le champ Dérogation de la décision).</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <source>The selection for &quot;%1&quot; is closed.</source>
        <translation>La sélection pour «&#xa0;%1&#xa0;» est close.</translation>
    </message>
    <message>
        <source>Reopen it in the Workshops area first.</source>
        <translation>Rouvrez-la d&apos;abord dans l&apos;espace Ateliers.</translation>
    </message>
    <message>
        <source>Reopen it first with &quot;close-step FILE --workshop W --step %1 --reopen --reason TEXT&quot;.</source>
        <translation>Rouvrez-la d&apos;abord avec «&#xa0;close-step FILE --workshop W --step %1 --reopen --reason TEXT&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is at &quot;%2&quot; and has not passed the workshop: only a candidate who passed it takes part in an activity as a Stage 3 candidate.</source>
        <translation>%1 se trouve à «&#xa0;%2&#xa0;» et n&apos;a pas réussi l&apos;atelier&#xa0;: seul un candidat qui l&apos;a réussi participe à une activité en tant que candidat de l&apos;étape 3.</translation>
    </message>
    <message>
        <source>%1 is at &quot;%2&quot;, no longer in Stage 3: they take part as a Stage 3 candidate only in an activity that began while they were.</source>
        <translation>%1 se trouve à «&#xa0;%2&#xa0;», et n&apos;est plus à l&apos;étape 3&#xa0;: il ne participe en tant que candidat de l&apos;étape 3 qu&apos;à une activité commencée pendant qu&apos;il y était.</translation>
    </message>
    <message>
        <source>%1 took part in no workshop recorded in the file; the workshop&apos;s outcome is recorded for its participants.</source>
        <translation>%1 n&apos;a participé à aucun atelier enregistré dans le fichier&#xa0;; le résultat de l&apos;atelier est enregistré pour ses participants.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; begins on %2: its outcome is recorded at or after the workshop.</source>
        <translation>«&#xa0;%1&#xa0;» commence le %2&#xa0;: son résultat est enregistré pendant ou après l&apos;atelier.</translation>
    </message>
    <message>
        <source>%1 has not passed the workshop; the field assessment (Stage 3) follows it. Record the workshop&apos;s decision first (advance --to workshop_passed, or the Pipeline area).</source>
        <translation>%1 n&apos;a pas réussi l&apos;atelier&#xa0;; l&apos;évaluation sur le terrain (étape 3) vient après. Enregistrez d&apos;abord la décision de l&apos;atelier (advance --to workshop_passed, ou l&apos;espace Parcours).</translation>
    </message>
    <message>
        <source>%1&apos;s first Stage 3 activity begins on %2; the field assessment&apos;s outcome is recorded once it has begun.</source>
        <translation>La première activité de l&apos;étape 3 de %1 commence le %2&#xa0;; le résultat de l&apos;évaluation sur le terrain est enregistré une fois qu&apos;elle a commencé.</translation>
    </message>
    <message>
        <source>%1 takes part in no Stage 3 activity yet; the field assessment is made in one. Record the activity first (activity-add with --participant NAME:stage3_candidate, or the Activities area).</source>
        <translation>%1 ne participe encore à aucune activité de l&apos;étape 3&#xa0;; l&apos;évaluation sur le terrain se fait au cours de l&apos;une d&apos;elles. Enregistrez d&apos;abord l&apos;activité (activity-add avec --participant NAME:stage3_candidate, ou l&apos;espace Activités).</translation>
    </message>
    <message>
        <source>%1 was decided &quot;%2&quot; on %3; an outcome &quot;%4&quot; contradicts it. Reverse that decision first if it was wrong (reverse command, or Reverse Latest… in the History tab).</source>
        <translation>%1 a fait l&apos;objet de la décision «&#xa0;%2&#xa0;» le %3&#xa0;; un résultat «&#xa0;%4&#xa0;» la contredit. Annulez d&apos;abord cette décision si elle était erronée (commande reverse, ou Annuler la dernière… dans l&apos;onglet Historique et décisions).</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Décider…</translation>
    </message>
    <message>
        <source>Record a decision about the selected candidate (Enter on a card does the same).</source>
        <translation>Enregistrer une décision concernant le candidat sélectionné (la touche Entrée sur une carte fait de même).</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and press Enter, to record a decision.</source>
        <translation>Faites glisser une carte vers une autre étape, ou sélectionnez-la et appuyez sur Entrée, pour enregistrer une décision.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n candidate(s)</source>
        <translation>
            <numerusform>%1, %n candidat</numerusform>
            <numerusform>%1, %n candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;every stage</source>
        <translation>Afficher &amp;toutes les étapes</translation>
    </message>
    <message>
        <source>Also show the ways out of the pipeline that hold nobody now.</source>
        <translation>Afficher aussi les sorties du parcours où ne se trouve personne actuellement.</translation>
    </message>
    <message>
        <source>Stages of the pipeline</source>
        <translation>Étapes du parcours</translation>
    </message>
    <message>
        <source>&amp;Print Sheet</source>
        <translation>Im&amp;primer la fiche</translation>
    </message>
    <message>
        <source>Print the selected candidate&apos;s sheet or letter</source>
        <translation>Imprimer la fiche ou la lettre du candidat sélectionné</translation>
    </message>
</context>
<context>
    <name>PipelineColumnModel</name>
    <message>
        <source>commitment missing</source>
        <translation>engagement manquant</translation>
    </message>
    <message>
        <source>not informed</source>
        <translation>non informé</translation>
    </message>
    <message>
        <source>screening short</source>
        <translation>présélection insuffisante</translation>
    </message>
</context>
<context>
    <name>PipelineStep</name>
    <message>
        <source>Stage 1, selection</source>
        <translation>Étape 1, sélection</translation>
    </message>
    <message>
        <source>Stage 2, the workshop</source>
        <translation>Étape 2, l&apos;atelier</translation>
    </message>
    <message>
        <source>Stage 3, assessment in activities</source>
        <translation>Étape 3, évaluation lors d&apos;activités</translation>
    </message>
</context>
<context>
    <name>PipelineText</name>
    <message>
        <source>No workshop matches &quot;%1&quot;. Run &quot;workshops FILE&quot; for the list.</source>
        <translation>Aucun atelier ne correspond à «&#xa0;%1&#xa0;». Lancez «&#xa0;workshops FILE&#xa0;» pour obtenir la liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several workshops; give one of their ids:
%2</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs ateliers&#xa0;; indiquez l&apos;un de leurs identifiants&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>Pool</name>
    <message>
        <source>Could not read the activities.</source>
        <translation>Impossible de lire les activités.</translation>
    </message>
    <message>
        <source>Could not read who took part in the activities.</source>
        <translation>Impossible de lire qui a participé aux activités.</translation>
    </message>
    <message>
        <source>Could not read the appraisals of the activity.</source>
        <translation>Impossible de lire les appréciations de l&apos;activité.</translation>
    </message>
    <message>
        <source>The activity is no longer in the file; someone may have removed it. Reload the list.</source>
        <translation>L&apos;activité ne figure plus dans le fichier&#xa0;; quelqu&apos;un l&apos;a peut-être supprimée. Rechargez la liste.</translation>
    </message>
    <message>
        <source>%1&apos;s Stage 3 appraisal in this activity has scores; they stay in it as a Stage 3 candidate. Correct the other details, or keep the activity as it is.</source>
        <translation>L&apos;appréciation de l&apos;étape 3 de %1 dans cette activité comporte des notes&#xa0;; cette personne y reste en tant que candidat de l&apos;étape 3. Corrigez les autres informations, ou laissez l&apos;activité telle quelle.</translation>
    </message>
    <message>
        <source>the activity &quot;%1&quot;</source>
        <translation>l&apos;activité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not save who takes part in the activity.</source>
        <translation>Impossible d&apos;enregistrer qui participe à l&apos;activité.</translation>
    </message>
    <message>
        <source>Could not remove who took part in the activity.</source>
        <translation>Impossible de retirer les participants de l&apos;activité.</translation>
    </message>
    <message>
        <source>Could not remove the activity.</source>
        <translation>Impossible de supprimer l&apos;activité.</translation>
    </message>
    <message>
        <source>Could not read the periods of unavailability.</source>
        <translation>Impossible de lire les périodes d&apos;indisponibilité.</translation>
    </message>
    <message>
        <source>Could not read the period of unavailability.</source>
        <translation>Impossible de lire la période d&apos;indisponibilité.</translation>
    </message>
    <message>
        <source>the period of unavailability</source>
        <translation>la période d&apos;indisponibilité</translation>
    </message>
    <message>
        <source>The period of unavailability is no longer in the file.</source>
        <translation>La période d&apos;indisponibilité ne figure plus dans le fichier.</translation>
    </message>
    <message>
        <source>Could not remove the period of unavailability.</source>
        <translation>Impossible de retirer la période d&apos;indisponibilité.</translation>
    </message>
</context>
<context>
    <name>PoolCommand</name>
    <message>
        <source>List the accredited advisors with the weeks of their commitment.</source>
        <translation>Lister les conseillers accrédités avec les semaines de leur engagement.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation>Accrédité le</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation>Semaines restantes</translation>
    </message>
    <message>
        <source>Leaves the pool</source>
        <translation>Quitte le vivier le</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln advisor(s); weeks counted as: %1.</source>
        <translation>
            <numerusform>%Ln conseiller&#xa0;; semaines comptées ainsi&#xa0;: %1.</numerusform>
            <numerusform>%Ln conseillers&#xa0;; semaines comptées ainsi&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln leave(s) the pool in the next six months.</source>
        <translation>
            <numerusform>%Ln quitte le vivier dans les six prochains mois.</numerusform>
            <numerusform>%Ln quittent le vivier dans les six prochains mois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolCommands</name>
    <message>
        <source>--%1 is required: give a date as YYYY-MM-DD.</source>
        <translation>--%1 est obligatoire&#xa0;: indiquez une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No activity matches &quot;%1&quot;. Run &quot;activities FILE&quot; for the list.</source>
        <translation>Aucune activité ne correspond à «&#xa0;%1&#xa0;». Lancez «&#xa0;activities FILE&#xa0;» pour obtenir la liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several activities; give one of their ids:
%2</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs activités&#xa0;; indiquez l&apos;un de leurs identifiants&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>Accredited advisors</source>
        <translation>Conseillers accrédités</translation>
    </message>
    <message>
        <source>Declare the selected advisor unavailable</source>
        <translation>Déclarer le conseiller sélectionné indisponible</translation>
    </message>
    <message>
        <source>Unavailable from</source>
        <translation>Indisponible du</translation>
    </message>
    <message>
        <source>Unavailable until</source>
        <translation>Indisponible jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reason for the unavailability</source>
        <translation>Motif de l&apos;indisponibilité</translation>
    </message>
    <message>
        <source>Leave, duties at home…</source>
        <translation>Congé, obligations professionnelles…</translation>
    </message>
    <message>
        <source>&amp;Declare Unavailable</source>
        <translation>Déclarer &amp;indisponible</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Find who is free</source>
        <translation>Trouver qui est disponible</translation>
    </message>
    <message>
        <source>First day of the planned activity</source>
        <translation>Premier jour de l&apos;activité prévue</translation>
    </message>
    <message>
        <source>Last day of the planned activity</source>
        <translation>Dernier jour de l&apos;activité prévue</translation>
    </message>
    <message>
        <source>Language of the planned activity</source>
        <translation>Langue de l&apos;activité prévue</translation>
    </message>
    <message>
        <source>Region of the planned activity</source>
        <translation>Région de l&apos;activité prévue</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toute région</translation>
    </message>
    <message>
        <source>Topics of the planned activity, separated by commas</source>
        <translation>Thèmes de l&apos;activité prévue, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Find Who Is Free</source>
        <translation>Trouver &amp;qui est disponible</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>R&amp;égion&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;hèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Available advisors, best fit first</source>
        <translation>Conseillers disponibles, les plus adéquats en premier</translation>
    </message>
    <message>
        <source>Advisors not available, and why</source>
        <translation>Conseillers non disponibles, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Available, best fit first:</source>
        <translation>Disponibles, les &amp;plus adéquats en premier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Not available:</source>
        <translation>&amp;Non disponibles&#xa0;:</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Vivier</translation>
    </message>
    <message>
        <source>%1 active of %2 accredited; %3 leave the pool in the next six months. Weeks counted as: %4.</source>
        <translation>%1 actifs sur %2 accrédités&#xa0;; %3 quittent le vivier dans les six prochains mois. Semaines comptées ainsi&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 available, %2 not, for %3 – %4.</source>
        <translation>%1 disponibles, %2 non disponibles, pour la période du %3 au %4.</translation>
    </message>
    <message>
        <source>Declare unavailable</source>
        <translation>Déclarer indisponible</translation>
    </message>
    <message>
        <source>Select the advisor in the list first.</source>
        <translation>Sélectionnez d&apos;abord le conseiller dans la liste.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Declared unavailability of the selected advisor</source>
        <translation>Indisponibilités déclarées du conseiller sélectionné</translation>
    </message>
    <message>
        <source>Periods the selected advisor declared unavailable</source>
        <translation>Périodes d&apos;indisponibilité déclarées par le conseiller sélectionné</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Sa&amp;ve Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save the dates and reason into the selected period</source>
        <translation>Enregistrer les dates et le motif dans la période sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Withdraw the selected period</source>
        <translation>Retirer la période sélectionnée</translation>
    </message>
    <message>
        <source>Declared &amp;periods (select one to edit or withdraw it):</source>
        <translation>Périodes déclarées (&amp;sélectionnez-en une pour la modifier ou la retirer)&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Withdraw the unavailability %1 declared from %2 until %3 (%4)? The search for who is free counts them free on those days again.</source>
        <translation>Retirer l&apos;indisponibilité déclarée par %1 du %2 au %3 (%4)&#xa0;? La recherche des personnes disponibles les comptera de nouveau comme disponibles ces jours-là.</translation>
    </message>
    <message>
        <source>Withdraw unavailability</source>
        <translation>Retirer l&apos;indisponibilité</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Non retiré</translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation>Ouvrez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>Only the officer&apos;s copy of the file, open for editing, records this.</source>
        <translation>Seule la copie du fichier de l&apos;agent, ouverte en modification, enregistre cette information.</translation>
    </message>
    <message>
        <source>Select an advisor first: the list above names who is unavailable.</source>
        <translation>Sélectionnez d&apos;abord un conseiller&#xa0;: la liste ci-dessus indique qui est indisponible.</translation>
    </message>
    <message>
        <source>Record that the selected advisor is unavailable on these dates.</source>
        <translation>Enregistrer l&apos;indisponibilité du conseiller sélectionné à ces dates.</translation>
    </message>
    <message>
        <source>Select one of the declared periods first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;une des périodes déclarées.</translation>
    </message>
</context>
<context>
    <name>PoolRoster</name>
    <message>
        <source>Pool roster</source>
        <translation>Liste du vivier</translation>
    </message>
    <message numerus="yes">
        <source>%n accredited advisor(s)</source>
        <translation>
            <numerusform>%n conseiller accrédité</numerusform>
            <numerusform>%n conseillers accrédités</numerusform>
        </translation>
    </message>
    <message>
        <source>IPR Technical and Operational Advisors</source>
        <translation>Conseillers techniques et opérationnels (CTO) en matière de DPI</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Pool of accredited advisors</source>
        <translation>Vivier des conseillers accrédités</translation>
    </message>
    <message>
        <source>Each advisor is available for up to %1 weeks over the three years after their accreditation. Weeks counted: %2.</source>
        <translation>Chaque conseiller est disponible jusqu&apos;à %1 semaines pendant les trois années suivant son accréditation. Semaines comptées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation>Accrédité le</translation>
    </message>
    <message>
        <source>Weeks used / 12</source>
        <translation>Semaines utilisées / 12</translation>
    </message>
    <message>
        <source>End of commitment</source>
        <translation>Fin de l&apos;engagement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>+%1 voluntary</source>
        <translation>+%1 à titre volontaire</translation>
    </message>
    <message>
        <source>Nobody has been accredited yet.</source>
        <translation>Personne n&apos;a encore été accrédité.</translation>
    </message>
</context>
<context>
    <name>PoolState</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Commitment ended</source>
        <translation>Engagement terminé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désisté</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retraité</translation>
    </message>
</context>
<context>
    <name>PoolTableModel</name>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation>Accrédité le</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Leaves the pool</source>
        <translation>Quitte le vivier le</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>The assessment sheet of one candidate (id or name).</source>
        <translation>La fiche d&apos;évaluation d&apos;un candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>CANDIDATE</source>
        <translation>CANDIDATE</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>With --workshop: the sheets of every participant, each on a new page.</source>
        <translation>Avec --workshop&#xa0;: les fiches de tous les participants, chacune sur une nouvelle page.</translation>
    </message>
    <message>
        <source>With --workshop: the participant list.</source>
        <translation>Avec --workshop&#xa0;: la liste des participants.</translation>
    </message>
    <message>
        <source>The roster of the pool of accredited advisors.</source>
        <translation>La liste du vivier des conseillers accrédités.</translation>
    </message>
    <message>
        <source>Blank sheets, for scoring by hand.</source>
        <translation>Fiches vierges, pour une notation à la main.</translation>
    </message>
    <message>
        <source>A candidate code instead of the name, administration and country.</source>
        <translation>Un code de candidat à la place du nom, de l&apos;administration et du pays.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>--blank and --anonymous apply to assessment sheets only.</source>
        <translation>--blank et --anonymous ne s&apos;appliquent qu&apos;aux fiches d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with -o OUT.pdf.</source>
        <translation>Indiquez le fichier PDF à écrire avec -o OUT.pdf.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written.</source>
        <translation>
            <numerusform>%1&#xa0;: %n page écrite.</numerusform>
            <numerusform>%1&#xa0;: %n pages écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write assessment sheets, a participant list, a workshop&apos;s results, the round summary or the pool roster as a PDF file.</source>
        <translation>Écrire dans un fichier PDF des fiches d&apos;évaluation, une liste des participants, les résultats d&apos;un atelier, la synthèse du cycle ou la liste du vivier.</translation>
    </message>
    <message>
        <source>With --workshop: the workshop&apos;s Stage 2 results.</source>
        <translation>Avec --workshop&#xa0;: les résultats de l&apos;étape 2 de l&apos;atelier.</translation>
    </message>
    <message>
        <source>The round summary: of the whole file, or with --workshop of its applicants.</source>
        <translation>La synthèse du cycle&#xa0;: de l&apos;ensemble du fichier, ou avec --workshop, de ses candidats.</translation>
    </message>
    <message>
        <source>Say what to print: --sheet CANDIDATE, --workshop W --sheets, --workshop W --participants, --workshop W --results, --summary or --roster (one of them).</source>
        <translation>Indiquez ce qu&apos;il faut imprimer&#xa0;: --sheet CANDIDATE, --workshop W --sheets, --workshop W --participants, --workshop W --results, --summary ou --roster (une seule de ces options).</translation>
    </message>
    <message>
        <source>--sheets, --participants and --results need --workshop W.</source>
        <translation>--sheets, --participants et --results exigent --workshop W.</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper doit valoir a4 ou letter.</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: this computer&apos;s setting, A4 unless changed).</source>
        <translation>Format du papier&#xa0;: a4 ou letter (par défaut&#xa0;: le réglage de cet ordinateur, A4 sauf modification).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
</context>
<context>
    <name>PrintMenus</name>
    <message>
        <source>Open a file first.</source>
        <translation>Ouvrez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Choose a candidate first.</source>
        <translation>Choisissez d&apos;abord un candidat.</translation>
    </message>
    <message>
        <source>&amp;Assessment Sheet</source>
        <translation>Fiche d&apos;&amp;évaluation</translation>
    </message>
    <message>
        <source>assessment-sheet.pdf</source>
        <translation>fiche-evaluation.pdf</translation>
    </message>
    <message>
        <source>&amp;Blank Sheet</source>
        <translation>Fiche &amp;vierge</translation>
    </message>
    <message>
        <source>blank-sheet.pdf</source>
        <translation>fiche-vierge.pdf</translation>
    </message>
    <message>
        <source>A&amp;nonymised Sheet</source>
        <translation>Fiche a&amp;nonymisée</translation>
    </message>
    <message>
        <source>anonymised-sheet.pdf</source>
        <translation>fiche-anonymisee.pdf</translation>
    </message>
    <message>
        <source>&amp;Result Letter</source>
        <translation>&amp;Lettre de résultat</translation>
    </message>
    <message>
        <source>result-letter.pdf</source>
        <translation>lettre-resultat.pdf</translation>
    </message>
    <message>
        <source>&amp;Assessment Sheets</source>
        <translation>Fiches d&apos;&amp;évaluation</translation>
    </message>
    <message>
        <source>assessment-sheets.pdf</source>
        <translation>fiches-evaluation.pdf</translation>
    </message>
    <message>
        <source>&amp;Blank Sheets</source>
        <translation>Fiches &amp;vierges</translation>
    </message>
    <message>
        <source>blank-sheets.pdf</source>
        <translation>fiches-vierges.pdf</translation>
    </message>
    <message>
        <source>A&amp;nonymised Sheets</source>
        <translation>Fiches a&amp;nonymisées</translation>
    </message>
    <message>
        <source>anonymised-sheets.pdf</source>
        <translation>fiches-anonymisees.pdf</translation>
    </message>
    <message>
        <source>&amp;Participant List</source>
        <translation>Liste des &amp;participants</translation>
    </message>
    <message>
        <source>participant-list.pdf</source>
        <translation>liste-participants.pdf</translation>
    </message>
    <message>
        <source>Result &amp;Letters…</source>
        <translation>&amp;Lettres de résultat…</translation>
    </message>
    <message>
        <source>Pool &amp;Roster</source>
        <translation>Liste du vi&amp;vier</translation>
    </message>
    <message>
        <source>pool-roster.pdf</source>
        <translation>liste-vivier.pdf</translation>
    </message>
    <message>
        <source>Stage 2 &amp;Results</source>
        <translation>&amp;Résultats de l&apos;étape 2</translation>
    </message>
    <message>
        <source>stage-2-results.pdf</source>
        <translation>resultats-etape-2.pdf</translation>
    </message>
    <message>
        <source>Round &amp;Summary</source>
        <translation>&amp;Synthèse du cycle</translation>
    </message>
    <message>
        <source>round-summary.pdf</source>
        <translation>synthese-cycle.pdf</translation>
    </message>
</context>
<context>
    <name>PrintSection</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
</context>
<context>
    <name>PrintSource</name>
    <message>
        <source>The workshop is no longer in the file. Reload and choose another.</source>
        <translation>L&apos;atelier ne figure plus dans le fichier. Rechargez et choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Unknown reviewer</source>
        <translation>Évaluateur inconnu</translation>
    </message>
    <message>
        <source>Nobody holds a seat in &quot;%1&quot; yet: there is no sheet to print. Give the participants their seats first.</source>
        <translation>Personne n&apos;a encore de place dans «&#xa0;%1&#xa0;»&#xa0;: il n&apos;y a aucune fiche à imprimer. Attribuez d&apos;abord leurs places aux participants.</translation>
    </message>
    <message>
        <source>There is no result letter for &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de lettre de résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Letters are written in English (en) or French (fr), not &quot;%1&quot;.</source>
        <translation>Les lettres sont rédigées en anglais (en) ou en français (fr), pas en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The personal data of this candidate was erased: there is no name or address left to write a letter to.</source>
        <translation>Les données personnelles de ce candidat ont été effacées&#xa0;: il ne reste ni nom ni adresse auxquels adresser une lettre.</translation>
    </message>
    <message>
        <source>%1 stands at &quot;%2&quot;, which no result letter announces. Letters exist for: %3.</source>
        <translation>%1 se trouve à l&apos;étape «&#xa0;%2&#xa0;», qu&apos;aucune lettre de résultat n&apos;annonce. Des lettres existent pour&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>%1, version %2, adopted %3</source>
        <translation>%1, version %2, adoptée le %3</translation>
    </message>
    <message>
        <source>A candidate meets every hard requirement and at least %1 of the %2 counted criteria.</source>
        <translation>Un candidat remplit toutes les conditions obligatoires et au moins %1 des %2 critères comptés.</translation>
    </message>
    <message>
        <source>Show the competence profile: its rating scale, groups, criteria and their kinds.</source>
        <translation>Afficher le profil de compétences&#xa0;: son échelle d&apos;appréciation, ses groupes, ses critères et leur nature.</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle d&apos;appréciation</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>not considered: %1</source>
        <translation>non examiné&#xa0;: %1</translation>
    </message>
    <message>
        <source>not considered: no submitted scores and no consensus</source>
        <translation>non examiné&#xa0;: aucune note soumise et aucun consensus</translation>
    </message>
    <message>
        <source>not proposed: %1; selecting them needs an override with a written reason (advance FILE CANDIDATE --to selected --override TEXT)</source>
        <translation>non proposé&#xa0;: %1&#xa0;; le retenir exige une dérogation avec un motif écrit (advance FILE CANDIDATE --to selected --override TEXT)</translation>
    </message>
</context>
<context>
    <name>RankingCommand</name>
    <message>
        <source>Rank a workshop&apos;s applicants for Stage 1 against its seats.</source>
        <translation>Classer les candidats d&apos;un atelier pour l&apos;étape 1 au regard de ses places.</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Name the workshop with --workshop W.</source>
        <translation>Désignez l&apos;atelier avec --workshop W.</translation>
    </message>
    <message>
        <source>The workshop has no applicants yet.</source>
        <translation>L&apos;atelier n&apos;a encore aucun candidat.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Comptés</translation>
    </message>
    <message>
        <source>Advantages</source>
        <translation>Atouts</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Within seats</source>
        <translation>Dans les places</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(tied for the last seat)</source>
        <translation>(ex aequo pour la dernière place)</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <source>no longer competing</source>
        <translation>n&apos;est plus en lice</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 seats; totals of counted criteria and advantages, each the officer&apos;s consensus where recorded (%3 values), else the mean of the submitted ratings.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 places&#xa0;; totaux des critères comptés et des atouts, chacun égal au consensus de l&apos;agent s&apos;il a été enregistré (%3 valeurs), sinon à la moyenne des appréciations soumises.</translation>
    </message>
</context>
<context>
    <name>RatingsTable</name>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>Le lecteur CSV n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid CSV near row %2: a quotation mark is out of place or never closed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier CSV valide vers la ligne %2&#xa0;: un guillemet est mal placé ou jamais fermé.</translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; must hold a subject, a rater and a rating (a number), separated by commas.</source>
        <translation>La ligne %1 de «&#xa0;%2&#xa0;» doit contenir un sujet, un évaluateur et une appréciation (un nombre), séparés par des virgules.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no ratings.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune appréciation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RecordSealText</name>
    <message>
        <source>Could not read the file&apos;s layout.</source>
        <translation>Impossible de lire la structure du fichier.</translation>
    </message>
    <message>
        <source>The table %1 has no key to seal.</source>
        <translation>La table %1 n&apos;a pas de clé à sceller.</translation>
    </message>
    <message>
        <source>Could not seal the changed records.</source>
        <translation>Impossible de sceller les enregistrements modifiés.</translation>
    </message>
    <message>
        <source>Could not prepare the file for sealing changes.</source>
        <translation>Impossible de préparer le fichier au scellement des modifications.</translation>
    </message>
    <message>
        <source>Could not seal the records.</source>
        <translation>Impossible de sceller les enregistrements.</translation>
    </message>
    <message>
        <source>Could not read the records&apos; seals.</source>
        <translation>Impossible de lire les sceaux des enregistrements.</translation>
    </message>
    <message>
        <source>Candidate &quot;%1&quot; (%2)</source>
        <translation>Candidat «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Candidat %1</translation>
    </message>
    <message>
        <source>The %1 record %2 of candidate &quot;%3&quot;</source>
        <translation>L&apos;enregistrement %1 %2 du candidat «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>The %1 record %2</source>
        <translation>L&apos;enregistrement %1 %2</translation>
    </message>
    <message>
        <source>Could not read the records.</source>
        <translation>Impossible de lire les enregistrements.</translation>
    </message>
    <message>
        <source>%1 was added outside Accreditation Desk: the audit trail has no record of it.</source>
        <translation>%1 a été ajouté en dehors d&apos;Accreditation Desk&#xa0;: le journal d&apos;audit n&apos;en a aucune trace.</translation>
    </message>
    <message>
        <source>%1 was changed outside Accreditation Desk: it no longer matches the audit trail.</source>
        <translation>%1 a été modifié en dehors d&apos;Accreditation Desk&#xa0;: il ne correspond plus au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>%1 was removed outside Accreditation Desk: the audit trail says it exists.</source>
        <translation>%1 a été supprimé en dehors d&apos;Accreditation Desk&#xa0;: le journal d&apos;audit indique qu&apos;il existe.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) changed outside Accreditation Desk.</source>
        <translation>
            <numerusform>… et %n autre enregistrement modifié en dehors d&apos;Accreditation Desk.</numerusform>
            <numerusform>… et %n autres enregistrements modifiés en dehors d&apos;Accreditation Desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>The records&apos; seals do not match the audit trail&apos;s last entry: records and their seals were changed outside Accreditation Desk.</source>
        <translation>Les sceaux des enregistrements ne correspondent pas à la dernière entrée du journal d&apos;audit&#xa0;: des enregistrements et leurs sceaux ont été modifiés en dehors d&apos;Accreditation Desk.</translation>
    </message>
    <message>
        <source>The %1 records could not be read (%2): that part of the file is damaged. Restore the latest backup.</source>
        <translation>Les enregistrements %1 n&apos;ont pas pu être lus (%2)&#xa0;: cette partie du fichier est endommagée. Restaurez la dernière sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>East and Southern Africa</source>
        <translation>Afrique orientale et australe</translation>
    </message>
    <message>
        <source>West and Central Africa</source>
        <translation>Afrique occidentale et centrale</translation>
    </message>
    <message>
        <source>North of Africa, Near and Middle East</source>
        <translation>Afrique du Nord, Proche et Moyen-Orient</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Asia/Pacific</source>
        <translation>Asie/Pacifique</translation>
    </message>
    <message>
        <source>Americas and the Caribbean</source>
        <translation>Amériques et Caraïbes</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Write a new file from a backup, after checking the backup. Never replaces a file.</source>
        <translation>Écrire un nouveau fichier à partir d&apos;une sauvegarde, après avoir vérifié la sauvegarde. Ne remplace jamais un fichier.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>The new file to write (it must not exist).</source>
        <translation>Le nouveau fichier à écrire (il ne doit pas exister).</translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation>Restauré dans %1.</translation>
    </message>
</context>
<context>
    <name>ResultLettersDialog</name>
    <message>
        <source>Result Letters</source>
        <translation>Lettres de résultat</translation>
    </message>
    <message>
        <source>Decision the letters tell</source>
        <translation>Décision annoncée par les lettres</translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation>Langue des lettres</translation>
    </message>
    <message>
        <source>Each candidate&apos;s language</source>
        <translation>Langue de chaque candidat</translation>
    </message>
    <message>
        <source>Candidates who receive the letter</source>
        <translation>Candidats qui reçoivent la lettre</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>Brouillon de courriel</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Text of the letter (kept in the file)</source>
        <translation>Texte de la lettre (conservé dans le fichier)</translation>
    </message>
    <message>
        <source>Language of the text edited</source>
        <translation>Langue du texte modifié</translation>
    </message>
    <message>
        <source>Subject of the letter</source>
        <translation>Objet de la lettre</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Champs variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Save Text</source>
        <translation>En&amp;registrer le texte</translation>
    </message>
    <message>
        <source>Restore &amp;Built-in Text</source>
        <translation>R&amp;établir le texte d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Text in:</source>
        <translation>Texte &amp;en&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <source>&amp;Write Letters and E-mail Drafts…</source>
        <translation>Écrire les lettres et les &amp;brouillons de courriel…</translation>
    </message>
    <message>
        <source>Nobody of this workshop stands at &quot;%1&quot;: there is no letter to print.</source>
        <translation>Personne dans cet atelier ne se trouve à l&apos;étape «&#xa0;%1&#xa0;»&#xa0;: il n&apos;y a aucune lettre à imprimer.</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Aucune adresse électronique</translation>
    </message>
    <message>
        <source>Letter not read</source>
        <translation>Lettre non lue</translation>
    </message>
    <message>
        <source>The built-in text.</source>
        <translation>Le texte d&apos;origine.</translation>
    </message>
    <message>
        <source>Edited in this file by %1.</source>
        <translation>Modifié dans ce fichier par %1.</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Texte non enregistré</translation>
    </message>
    <message>
        <source>Text not restored</source>
        <translation>Texte non rétabli</translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>Dossier des lettres</translation>
    </message>
    <message>
        <source>Letters not written</source>
        <translation>Lettres non écrites</translation>
    </message>
    <message>
        <source>Letters Written</source>
        <translation>Lettres écrites</translation>
    </message>
    <message>
        <source>Record as Informed?</source>
        <translation>Marquer comme informés&#xa0;?</translation>
    </message>
    <message>
        <source>Record as Informed</source>
        <translation>Marquer comme informés</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signed by (kept in the file)</source>
        <translation>Signataire (conservé dans le fichier)</translation>
    </message>
    <message>
        <source>Name of the person who signs the letters</source>
        <translation>Nom de la personne qui signe les lettres</translation>
    </message>
    <message>
        <source>Nobody named: the letters are signed by the WCO Secretariat</source>
        <translation>Aucun nom&#xa0;: les lettres sont signées par le Secrétariat de l&apos;OMD</translation>
    </message>
    <message>
        <source>Title of the person who signs the letters</source>
        <translation>Titre de la personne qui signe les lettres</translation>
    </message>
    <message>
        <source>Save Si&amp;gnatory</source>
        <translation>Enregistrer le &amp;signataire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Signatory not saved</source>
        <translation>Signataire non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written</source>
        <translation>
            <numerusform>%n lettre écrite</numerusform>
            <numerusform>%n lettres écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>These candidates had already been recorded as informed.</source>
        <translation>Ces candidats avaient déjà été enregistrés comme informés.</translation>
    </message>
    <message numerus="yes">
        <source>Record the %n candidate(s) not yet told as informed by letter today?</source>
        <translation>
            <numerusform>Enregistrer %n candidat pas encore informé comme informé par lettre aujourd&apos;hui&#xa0;?</numerusform>
            <numerusform>Enregistrer les %n candidats pas encore informés comme informés par lettre aujourd&apos;hui&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n e-mail draft(s).</source>
        <translation>
            <numerusform>%1, avec %n brouillon de courriel.</numerusform>
            <numerusform>%1, avec %n brouillons de courriel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a Decision &amp;with Letters</source>
        <translation>A&amp;fficher une décision avec des lettres</translation>
    </message>
    <message>
        <source>Nobody of this workshop stands at &quot;%1&quot;: there is no letter to write for it. Choose another decision above.</source>
        <translation>Personne dans cet atelier ne se trouve à l&apos;étape «&#xa0;%1&#xa0;»&#xa0;: il n&apos;y a aucune lettre à écrire pour cette décision. Choisissez une autre décision ci-dessus.</translation>
    </message>
    <message>
        <source>Nobody of this workshop has a decision to be told yet: record the decisions on the workshop&apos;s board (Workshops area), then write their letters here.</source>
        <translation>Personne dans cet atelier n&apos;a encore de décision à communiquer&#xa0;: enregistrez les décisions sur le tableau de l&apos;atelier (espace Ateliers), puis écrivez leurs lettres ici.</translation>
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>Show a workshop&apos;s Stage 2 results: each participant&apos;s ratings on its criteria, the consensus and the outcome.</source>
        <translation>Afficher les résultats de l&apos;étape 2 d&apos;un atelier&#xa0;: les appréciations de chaque participant sur ses critères, le consensus et le résultat.</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>WORKSHOP</source>
        <translation>WORKSHOP</translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation>Afficher du JSON au lieu de tableaux.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: Stage 2 results, %n participant(s); submitted ratings on the workshop&apos;s own criteria.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: résultats de l&apos;étape 2, %n participant&#xa0;; appréciations soumises sur les critères propres à l&apos;atelier.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: résultats de l&apos;étape 2, %n participants&#xa0;; appréciations soumises sur les critères propres à l&apos;atelier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop has no criteria of its own; add them with workshop-criteria FILE W --add NAME.</source>
        <translation>L&apos;atelier n&apos;a pas de critères propres&#xa0;; ajoutez-les avec workshop-criteria FILE W --add NAME.</translation>
    </message>
    <message>
        <source>Nobody has taken part yet: the participants are those confirmed for the workshop.</source>
        <translation>Personne n&apos;a encore participé&#xa0;: les participants sont les candidats confirmés pour l&apos;atelier.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>%1 (%2), %3. Outcome: %4. Decision: %5.</source>
        <translation>%1 (%2), %3. Résultat&#xa0;: %4. Décision&#xa0;: %5.</translation>
    </message>
    <message>
        <source>The other assessors&apos; ratings and the consensus show once you submit your own form of this candidate (submit FILE CANDIDATE --reviewer YOU).</source>
        <translation>Les appréciations des autres évaluateurs et le consensus s&apos;affichent une fois que vous avez soumis votre propre grille pour ce candidat (submit FILE CANDIDATE --reviewer YOU).</translation>
    </message>
</context>
<context>
    <name>ReverseCommand</name>
    <message>
        <source>Reverse a candidate&apos;s latest decision with a new one (history is kept).</source>
        <translation>Annuler la dernière décision concernant un candidat par une nouvelle décision (l&apos;historique est conservé).</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>Why the decision is reversed.</source>
        <translation>Pourquoi la décision est annulée.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>%1 has no decision to reverse.</source>
        <translation>%1 n&apos;a aucune décision à annuler.</translation>
    </message>
    <message>
        <source>%1: back to %2.</source>
        <translation>%1&#xa0;: retour à %2.</translation>
    </message>
</context>
<context>
    <name>ReviewFile</name>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name for the review file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom pour le fichier d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Only a reviewer recorded in the file can have a review file.</source>
        <translation>Seul un évaluateur enregistré dans le fichier peut avoir un fichier d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Could not create the review file.</source>
        <translation>Impossible de créer le fichier d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;; check that the folder is writable.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;; vérifiez que vous pouvez écrire dans le dossier.</translation>
    </message>
    <message>
        <source>The review file &quot;%1&quot; is damaged; ask the reviewer for a new copy.</source>
        <translation>Le fichier d&apos;évaluation «&#xa0;%1&#xa0;» est endommagé&#xa0;; demandez une nouvelle copie à l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>The review file &quot;%1&quot; holds something Accreditation Desk did not create; it was left untouched.</source>
        <translation>Le fichier d&apos;évaluation «&#xa0;%1&#xa0;» contient des éléments qu&apos;Accreditation Desk n&apos;a pas créés&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not read the review file.</source>
        <translation>Impossible de lire le fichier d&apos;évaluation.</translation>
    </message>
    <message>
        <source>The review file does not say whose it is or for which file.</source>
        <translation>Le fichier d&apos;évaluation n&apos;indique pas à qui il appartient ni pour quel fichier.</translation>
    </message>
    <message>
        <source>The review file is open read-only; nothing was saved.</source>
        <translation>Le fichier d&apos;évaluation est ouvert en lecture seule&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A review file holds only its own reviewer&apos;s scores; another reviewer&apos;s scores cannot be changed here.</source>
        <translation>Un fichier d&apos;évaluation ne contient que les notes de son propre évaluateur&#xa0;; les notes d&apos;un autre évaluateur ne peuvent pas être modifiées ici.</translation>
    </message>
    <message>
        <source>Could not save the score.</source>
        <translation>Impossible d&apos;enregistrer la note.</translation>
    </message>
    <message>
        <source>This score was changed elsewhere (another window?) after you opened it; reload it and make your change again.</source>
        <translation>Cette note a été modifiée ailleurs (dans une autre fenêtre&#xa0;?) après que vous l&apos;avez ouverte&#xa0;; rechargez-la et refaites votre modification.</translation>
    </message>
    <message>
        <source>The review file is open read-only; nothing was submitted.</source>
        <translation>Le fichier d&apos;évaluation est ouvert en lecture seule&#xa0;; rien n&apos;a été soumis.</translation>
    </message>
    <message numerus="yes">
        <source>Rate every criterion before submitting; %n still unrated: %1.</source>
        <translation>
            <numerusform>Notez chaque critère avant de soumettre&#xa0;; %n reste non noté&#xa0;: %1.</numerusform>
            <numerusform>Notez chaque critère avant de soumettre&#xa0;; %n restent non notés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not submit the scores.</source>
        <translation>Impossible de soumettre les notes.</translation>
    </message>
    <message>
        <source>The review file is open read-only; nothing was recorded.</source>
        <translation>Le fichier d&apos;évaluation est ouvert en lecture seule&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Say what the conflict of interest is.</source>
        <translation>Indiquez en quoi consiste le conflit d&apos;intérêts.</translation>
    </message>
    <message>
        <source>Could not record the conflict of interest.</source>
        <translation>Impossible d&apos;enregistrer le conflit d&apos;intérêts.</translation>
    </message>
    <message>
        <source>Could not save the review file.</source>
        <translation>Impossible d&apos;enregistrer le fichier d&apos;évaluation.</translation>
    </message>
    <message>
        <source>The review file&apos;s revision &quot;%1&quot; is not a count; ask the reviewer for a new copy.</source>
        <translation>La révision «&#xa0;%1&#xa0;» du fichier d&apos;évaluation n&apos;est pas un nombre&#xa0;; demandez une nouvelle copie à l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>This item was scored elsewhere (another window?) after you opened it; reload it and make your change again.</source>
        <translation>Cet élément a été noté ailleurs (dans une autre fenêtre&#xa0;?) après que vous l&apos;avez ouvert&#xa0;; rechargez-le et refaites votre modification.</translation>
    </message>
    <message>
        <source>Could not bring the review file to this version&apos;s layout.</source>
        <translation>Impossible de mettre le fichier d&apos;évaluation au format de cette version.</translation>
    </message>
    <message>
        <source>You submitted your scores of this candidate in %1; submitted scores are final and cannot change.</source>
        <translation>Vous avez soumis vos notes pour ce candidat dans %1&#xa0;; les notes soumises sont définitives et ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>You have already submitted your scores of this candidate in %1.</source>
        <translation>Vous avez déjà soumis vos notes pour ce candidat dans %1.</translation>
    </message>
    <message>
        <source>The review file &quot;%1&quot; names a round &quot;%2&quot; that Accreditation Desk does not know: it was edited outside the application. Nothing was read from it; ask the reviewer for a new copy.</source>
        <translation>Le fichier d&apos;évaluation «&#xa0;%1&#xa0;» nomme un cycle «&#xa0;%2&#xa0;» qu&apos;Accreditation Desk ne connaît pas&#xa0;: il a été modifié hors de l&apos;application. Rien n&apos;en a été lu&#xa0;; demandez à l&apos;évaluateur une nouvelle copie.</translation>
    </message>
</context>
<context>
    <name>ReviewInitCommand</name>
    <message>
        <source>Make your review file for a shared file (reviewers): your scores go there, never into the shared file.</source>
        <translation>Créer votre fichier d&apos;évaluation pour un fichier partagé (évaluateurs)&#xa0;: vos notes y sont enregistrées, jamais dans le fichier partagé.</translation>
    </message>
    <message>
        <source>The shared Accreditation Desk file.</source>
        <translation>Le fichier Accreditation Desk partagé.</translation>
    </message>
    <message>
        <source>The review file to make (it must not exist).</source>
        <translation>Le fichier d&apos;évaluation à créer (il ne doit pas exister).</translation>
    </message>
    <message>
        <source>Only a reviewer recorded in the file can make a review file; you are recorded as %1.</source>
        <translation>Seul un évaluateur enregistré dans le fichier peut créer un fichier d&apos;évaluation&#xa0;; vous êtes enregistré en tant que %1.</translation>
    </message>
    <message>
        <source>Made the review file %1 for %2.</source>
        <translation>Fichier d&apos;évaluation %1 créé pour %2.</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>%1 is not recorded as a reviewer; record their role first.</source>
        <translation>%1 n&apos;est pas enregistré comme évaluateur&#xa0;; enregistrez d&apos;abord son rôle.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest about %2 and cannot review them.</source>
        <translation>%1 a déclaré un conflit d&apos;intérêts concernant %2 et ne peut pas l&apos;évaluer.</translation>
    </message>
    <message>
        <source>%1 is from %2, the administration of %3: a conflict of interest. Assign another reviewer, or record why this one may review them.</source>
        <translation>%1 appartient à %2, l&apos;administration de %3&#xa0;: il s&apos;agit d&apos;un conflit d&apos;intérêts. Affectez un autre évaluateur, ou enregistrez pourquoi celui-ci peut l&apos;évaluer.</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 reviewers: no other reviewer is free of a conflict and under the limit of %4.</source>
        <translation>%1 a %2 évaluateurs sur %3&#xa0;: aucun autre évaluateur n&apos;est exempt de conflit et sous la limite de %4.</translation>
    </message>
</context>
<context>
    <name>ReviewerAgreement</name>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal)</source>
        <translation>Alpha de Krippendorff (nominal)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (interval)</source>
        <translation>Alpha de Krippendorff (intervalle)</translation>
    </message>
    <message>
        <source>%1 cannot be computed: %2</source>
        <translation>%1 ne peut pas être calculé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is rated twice by the same rater.</source>
        <translation>%1 est noté deux fois par le même évaluateur.</translation>
    </message>
    <message>
        <source>no subject has two ratings or more.</source>
        <translation>aucun sujet n&apos;a deux appréciations ou plus.</translation>
    </message>
    <message>
        <source>it needs at least two subjects rated by the same number of raters; there are %1.</source>
        <translation>il faut au moins deux sujets notés par le même nombre d&apos;évaluateurs&#xa0;; il y en a %1.</translation>
    </message>
    <message>
        <source>every subject needs at least two ratings.</source>
        <translation>chaque sujet doit avoir au moins deux appréciations.</translation>
    </message>
    <message>
        <source>every subject needs a count for each category.</source>
        <translation>chaque sujet doit avoir un effectif pour chaque catégorie.</translation>
    </message>
    <message>
        <source>a count is negative.</source>
        <translation>un effectif est négatif.</translation>
    </message>
    <message>
        <source>every subject needs the same number of ratings (%1 and %2 found).</source>
        <translation>chaque sujet doit avoir le même nombre d&apos;appréciations (%1 et %2 trouvés).</translation>
    </message>
    <message>
        <source>every rating falls in the same category, so agreement by chance is complete and kappa is undefined.</source>
        <translation>toutes les appréciations tombent dans la même catégorie&#xa0;; l&apos;accord dû au hasard est donc total et le kappa est indéfini.</translation>
    </message>
    <message>
        <source>it needs at least two raters; there are %1.</source>
        <translation>il faut au moins deux évaluateurs&#xa0;; il y en a %1.</translation>
    </message>
    <message>
        <source>it needs at least two subjects rated by all %1 raters; %2 of %3 are. Krippendorff&apos;s alpha works with missing ratings.</source>
        <translation>il faut au moins deux sujets notés par les %1 évaluateurs&#xa0;; c&apos;est le cas de %2 sur %3. L&apos;alpha de Krippendorff accepte les appréciations manquantes.</translation>
    </message>
    <message>
        <source>it needs at least two subjects and two raters; there are %1 and %2.</source>
        <translation>il faut au moins deux sujets et deux évaluateurs&#xa0;; il y en a respectivement %1 et %2.</translation>
    </message>
    <message>
        <source>every subject needs a rating from every rater.</source>
        <translation>chaque sujet doit être noté par chaque évaluateur.</translation>
    </message>
    <message>
        <source>every rating is the same, so there is no variance to share.</source>
        <translation>toutes les appréciations sont identiques&#xa0;; il n&apos;y a donc aucune variance à répartir.</translation>
    </message>
    <message>
        <source>the variance between subjects and the error cancel out.</source>
        <translation>la variance entre sujets et l&apos;erreur s&apos;annulent.</translation>
    </message>
    <message>
        <source>%1 cannot be computed: no subject has two ratings or more.</source>
        <translation>%1 ne peut pas être calculé&#xa0;: aucun sujet n&apos;a deux appréciations ou plus.</translation>
    </message>
    <message>
        <source>%1 cannot be computed: every rating is the same, so no disagreement is expected by chance either.</source>
        <translation>%1 ne peut pas être calculé&#xa0;: toutes les appréciations sont identiques&#xa0;; aucun désaccord n&apos;est donc attendu par hasard non plus.</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>léger</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>passable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>important</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>presque parfait</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>tentative conclusions only</source>
        <translation>conclusions provisoires uniquement</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>peu fiable</translation>
    </message>
</context>
<context>
    <name>ReviewerCommand</name>
    <message>
        <source>The shared Accreditation Desk file.</source>
        <translation>Le fichier Accreditation Desk partagé.</translation>
    </message>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>You, the reviewer (account or name).</source>
        <translation>Vous, l&apos;évaluateur (compte ou nom).</translation>
    </message>
    <message>
        <source>REVIEWER</source>
        <translation>REVIEWER</translation>
    </message>
    <message>
        <source>Your review file (by default ACCOUNT.review beside FILE, made when missing).</source>
        <translation>Votre fichier d&apos;évaluation (par défaut ACCOUNT.review à côté de FILE, créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Internal error: &quot;%1&quot; writes a review file but does not declare it (Command::declareReviewWrites).</source>
        <translation>Erreur interne&#xa0;: «&#xa0;%1&#xa0;» écrit un fichier d&apos;évaluation mais ne le déclare pas (Command::declareReviewWrites).</translation>
    </message>
</context>
<context>
    <name>ReviewerWork</name>
    <message>
        <source>%1&apos;s scores are theirs alone: only %1 records them, in their own review file. The officer records a consensus instead.</source>
        <translation>Les notes de %1 n&apos;appartiennent qu&apos;à cette personne&#xa0;: seul(e) %1 les enregistre, dans son propre fichier d&apos;évaluation. L&apos;agent enregistre plutôt un consensus.</translation>
    </message>
    <message>
        <source>Only a reviewer recorded in the file scores candidates; you are recorded as %1.</source>
        <translation>Seul un évaluateur enregistré dans le fichier note les candidats&#xa0;; vous êtes enregistré en tant que %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made for another accreditation file.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé pour un autre fichier d&apos;accréditation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2&apos;s review file; a reviewer&apos;s scores are theirs alone.</source>
        <translation>«&#xa0;%1&#xa0;» est le fichier d&apos;évaluation de %2&#xa0;; les notes d&apos;un évaluateur n&apos;appartiennent qu&apos;à lui.</translation>
    </message>
    <message>
        <source>You declared a conflict of interest about this candidate; you cannot score them.</source>
        <translation>Vous avez déclaré un conflit d&apos;intérêts concernant ce candidat&#xa0;; vous ne pouvez pas le noter.</translation>
    </message>
    <message>
        <source>This candidate is not assigned to you in %1; the officer assigns reviewers to candidates per round (assign --round).</source>
        <translation>Ce candidat ne vous est pas affecté dans %1&#xa0;; l&apos;agent affecte les évaluateurs aux candidats pour chaque cycle (assign --round).</translation>
    </message>
    <message>
        <source>A reviewer&apos;s scores are theirs alone: only they clear them, in their own review file. The officer clears a consensus instead.</source>
        <translation>Les appréciations d&apos;un évaluateur n&apos;appartiennent qu&apos;à lui&#xa0;: lui seul les efface, dans son propre fichier d&apos;évaluation. L&apos;agent efface plutôt un consensus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not rated in your form of %2; nothing to clear.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas apprécié dans votre formulaire de %2&#xa0;; rien à effacer.</translation>
    </message>
    <message>
        <source>You submitted your scores of this candidate in %1; submitted scores are final and cannot change.</source>
        <translation>Vous avez soumis vos notes pour ce candidat dans %1&#xa0;; les notes soumises sont définitives et ne peuvent plus être modifiées.</translation>
    </message>
</context>
<context>
    <name>ReviewersCommand</name>
    <message>
        <source>Nobody recorded in the file is &quot;%1&quot;; `people FILE` lists them.</source>
        <translation>Personne d&apos;enregistré dans le fichier ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; `people FILE` les liste.</translation>
    </message>
    <message>
        <source>List the reviewers with the candidates assigned to them, submitted and declared conflicts.</source>
        <translation>Lister les évaluateurs avec les candidats qui leur sont affectés, les notes soumises et les conflits déclarés.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>Could not read the reviewers.</source>
        <translation>Impossible de lire les évaluateurs.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Affectés</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Conflicts declared</source>
        <translation>Conflits déclarés</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>selection</translation>
    </message>
</context>
<context>
    <name>RoundSummary</name>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>By administration</source>
        <translation>Par administration</translation>
    </message>
    <message>
        <source>Every candidate of the file (archived candidates left out)</source>
        <translation>Tous les candidats du fichier (hors candidats archivés)</translation>
    </message>
    <message>
        <source>The applicants of &quot;%1&quot;</source>
        <translation>Les candidats de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RoundSummarySheet</name>
    <message>
        <source>Applied</source>
        <translation>Candidature déposée</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Passed the workshop</source>
        <translation>Atelier réussi</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Accrédité</translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation>Synthèse du cycle</translation>
    </message>
    <message>
        <source>Every candidate</source>
        <translation>Tous les candidats</translation>
    </message>
    <message>
        <source>IPR Technical and Operational Advisors</source>
        <translation>Conseillers techniques et opérationnels (CTO) en matière de DPI</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Each candidate counts once, for how far they went by the decisions that stand: a reversed decision counts for nothing; a candidate who withdrew keeps what they reached.</source>
        <translation>Chaque candidat n&apos;est compté qu&apos;une fois, selon l&apos;avancement que lui donnent les décisions en vigueur&#xa0;: une décision annulée ne compte pas&#xa0;; un candidat qui s&apos;est désisté conserve ce qu&apos;il avait atteint.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Nobody has applied yet.</source>
        <translation>Personne n&apos;a encore déposé de candidature.</translation>
    </message>
</context>
<context>
    <name>RoundSummaryView</name>
    <message>
        <source>Breakdown of the summary</source>
        <translation>Répartition de la synthèse</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Répartition&#xa0;:</translation>
    </message>
    <message>
        <source>Print Summary</source>
        <translation>Imprimer la synthèse</translation>
    </message>
    <message>
        <source>Print the round summary with every breakdown</source>
        <translation>Imprimer la synthèse du cycle avec toutes les répartitions</translation>
    </message>
    <message>
        <source>Round Summary</source>
        <translation>Synthèse du cycle</translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation>Ouvrez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>round-summary.pdf</source>
        <translation>synthese-cycle.pdf</translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation>Synthèse du cycle</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature déposée</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Passed the workshop</source>
        <translation>Atelier réussi</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Accrédité</translation>
    </message>
    <message>
        <source>%1. Each candidate counts once, for how far they went by the decisions that stand.</source>
        <translation>%1. Chaque candidat n&apos;est compté qu&apos;une fois, selon l&apos;avancement que lui donnent les décisions en vigueur.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ensemble</translation>
    </message>
</context>
<context>
    <name>SampleDataBanner</name>
    <message>
        <source>&lt;b&gt;Sample data&lt;/b&gt; — the candidates of this demo are fictional. Create your own file for your real candidates.</source>
        <translation>&lt;b&gt;Données d&apos;exemple&lt;/b&gt; — les candidats de cette démonstration sont fictifs. Créez votre propre fichier pour vos candidats réels.</translation>
    </message>
    <message>
        <source>&amp;Create Your Own File…</source>
        <translation>Créer votre &amp;propre fichier…</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Données d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>SchemaText</name>
    <message>
        <source>Could not upgrade the file to format %1.</source>
        <translation>Impossible de mettre le fichier à niveau au format %1.</translation>
    </message>
    <message>
        <source>Could not record the file format version.</source>
        <translation>Impossible d&apos;enregistrer la version du format du fichier.</translation>
    </message>
    <message>
        <source>Could not read the file&apos;s layout.</source>
        <translation>Impossible de lire la structure du fichier.</translation>
    </message>
    <message>
        <source>Could not upgrade the candidates.</source>
        <translation>Impossible de mettre à niveau les candidats.</translation>
    </message>
    <message>
        <source>Could not upgrade the workshops&apos; seats.</source>
        <translation>Impossible de mettre à niveau les places des ateliers.</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>A score must name its reviewer.</source>
        <translation>Une note doit désigner son évaluateur.</translation>
    </message>
    <message>
        <source>A score must name its candidate.</source>
        <translation>Une note doit désigner son candidat.</translation>
    </message>
    <message>
        <source>A score must name its criterion.</source>
        <translation>Une note doit désigner son critère.</translation>
    </message>
    <message>
        <source>A rating goes from 0 to %1.</source>
        <translation>Une appréciation va de 0 à %1.</translation>
    </message>
    <message>
        <source>Rate the criterion before submitting.</source>
        <translation>Notez le critère avant de soumettre.</translation>
    </message>
    <message>
        <source>A score must say when it was last changed.</source>
        <translation>Une note doit indiquer quand elle a été modifiée pour la dernière fois.</translation>
    </message>
    <message>
        <source>The comment or evidence is too long.</source>
        <translation>Le commentaire ou les éléments probants sont trop longs.</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>0 to 4; hard requirements 0 (not met) or 1 (met).</source>
        <translation>De 0 à 4&#xa0;; conditions obligatoires 0 (non remplie) ou 1 (remplie).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Your comment.</source>
        <translation>Votre commentaire.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>What the rating rests on.</source>
        <translation>Ce sur quoi repose l&apos;appréciation.</translation>
    </message>
    <message>
        <source>Record one of your scores of a candidate in your review file (reviewers); a draft until you submit.</source>
        <translation>Enregistrer l&apos;une de vos notes d&apos;un candidat dans votre fichier d&apos;évaluation (évaluateurs)&#xa0;; c&apos;est un brouillon jusqu&apos;à la soumission.</translation>
    </message>
    <message>
        <source>The criterion&apos;s key, as `profile --json` lists them; &quot;workshop:KEY&quot; for a workshop&apos;s own, &quot;activity:ID&quot; for a Stage 3 appraisal.</source>
        <translation>La clé du critère, telle que `profile --json` les liste&#xa0;; «&#xa0;workshop:KEY&#xa0;» pour un critère propre à un atelier, «&#xa0;activity:ID&#xa0;» pour une appréciation de l&apos;étape 3.</translation>
    </message>
    <message>
        <source>the round of the criterion (workshop for &quot;workshop:KEY&quot;, field_assessment for &quot;activity:ID&quot;, else selection)</source>
        <translation>le cycle du critère (workshop pour «&#xa0;workshop:KEY&#xa0;», field_assessment pour «&#xa0;activity:ID&#xa0;», sinon selection)</translation>
    </message>
    <message>
        <source>Scored %1 on &quot;%2&quot; in %3: %4 (draft; %5).</source>
        <translation>%1 noté sur «&#xa0;%2&#xa0;» dans %3&#xa0;: %4 (brouillon&#xa0;; %5).</translation>
    </message>
    <message>
        <source>Clear your rating of the criterion instead (a draft only; the comment and evidence stay).</source>
        <translation>Effacer plutôt votre appréciation du critère (un brouillon seulement&#xa0;; le commentaire et les éléments probants restent).</translation>
    </message>
    <message>
        <source>Give either --rating N or --clear, not both.</source>
        <translation>Indiquez soit --rating N, soit --clear, pas les deux.</translation>
    </message>
    <message>
        <source>Give --reviewer R, --criterion KEY and --rating N (a whole number from 0 to %1), or --clear.</source>
        <translation>Indiquez --reviewer R, --criterion CLÉ et --rating N (un nombre entier de 0 à %1), ou --clear.</translation>
    </message>
    <message>
        <source>Cleared your rating of %1 on &quot;%2&quot; in %3 (draft; %4).</source>
        <translation>Votre appréciation de %1 sur «&#xa0;%2&#xa0;» en %3 est effacée (brouillon&#xa0;; %4).</translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <source>&quot;%1&quot; is not valid CSV: a quotation mark in row %2 is out of place or never closed. Correct the row and import again; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier CSV valide&#xa0;: un guillemet de la ligne %2 est mal placé ou jamais fermé. Corrigez la ligne et importez de nouveau&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un texte UTF-8. Enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty. Its first row must name the columns: candidate, criterion, rating (and comment), or candidate and a column per criterion (`scores-template` makes one); nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» est vide. Sa première ligne doit nommer les colonnes&#xa0;: candidate, criterion, rating (et comment), ou candidate et une colonne par critère (`scores-template` en crée une)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; names no &quot;candidate&quot; column. The first row names the columns: candidate, criterion, rating (and comment), or candidate and a column per criterion (`scores-template` makes one); nothing was imported.</source>
        <translation>La ligne %1 de «&#xa0;%2&#xa0;» ne nomme aucune colonne «&#xa0;candidate&#xa0;». La première ligne nomme les colonnes&#xa0;: candidate, criterion, rating (et comment), ou candidate et une colonne par critère (`scores-template` en crée une)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; names a &quot;criterion&quot; column but no &quot;rating&quot; column; nothing was imported.</source>
        <translation>La ligne %1 de «&#xa0;%2&#xa0;» nomme une colonne «&#xa0;criterion&#xa0;» mais aucune colonne «&#xa0;rating&#xa0;»&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Column %1 has no name; name the criterion it rates (its code on the blank sheet) or delete the column.</source>
        <translation>La colonne %1 n&apos;a pas de nom&#xa0;; indiquez le critère qu&apos;elle apprécie (son code sur la fiche vierge) ou supprimez la colonne.</translation>
    </message>
    <message>
        <source>The column is there twice (columns %1 and %2); keep one.</source>
        <translation>La colonne figure deux fois (colonnes %1 et %2)&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>The row has %1 cells, the header %2 columns; a comma too many?</source>
        <translation>La ligne compte %1 cellules, l&apos;en-tête %2 colonnes&#xa0;; une virgule de trop&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a round; write selection (1), workshop (2) or field_assessment (3), as the blank sheet gives it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un cycle&#xa0;; écrivez selection (1), workshop (2) ou field_assessment (3), comme l&apos;indique la fiche vierge.</translation>
    </message>
    <message>
        <source>The row is of %1, the rows above of %2; a sheet holds one round&apos;s ratings: put each round on a sheet of its own.</source>
        <translation>La ligne relève de %1, les lignes précédentes de %2&#xa0;; une fiche contient les appréciations d&apos;un seul cycle&#xa0;: mettez chaque cycle sur une fiche distincte.</translation>
    </message>
    <message>
        <source>The row gives ratings but no candidate; write the candidate&apos;s code from the blank sheet.</source>
        <translation>La ligne donne des appréciations mais aucun candidat&#xa0;; écrivez le code du candidat figurant sur la fiche vierge.</translation>
    </message>
    <message>
        <source>The row has a comment but no rating; give the rating with it.</source>
        <translation>La ligne contient un commentaire mais aucune appréciation&#xa0;; indiquez l&apos;appréciation avec le commentaire.</translation>
    </message>
    <message>
        <source>The row names no candidate; write the candidate&apos;s code from the blank sheet.</source>
        <translation>La ligne ne nomme aucun candidat&#xa0;; écrivez le code du candidat figurant sur la fiche vierge.</translation>
    </message>
    <message>
        <source>The row names no criterion; write the criterion&apos;s code from the blank sheet.</source>
        <translation>La ligne ne nomme aucun critère&#xa0;; écrivez le code du critère figurant sur la fiche vierge.</translation>
    </message>
</context>
<context>
    <name>ScoresGridModel</name>
    <message>
        <source>%1&apos;s form has no &quot;%2&quot;.</source>
        <translation>La grille de %1 ne contient pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>%1
Code: %2</source>
        <translation>%1
Code&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
%2
Code: %3</source>
        <translation>%1
%2
Code&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You submitted your form of %1: it is read only.</source>
        <translation>Vous avez soumis votre grille de %1&#xa0;: elle est en lecture seule.</translation>
    </message>
    <message>
        <source>There is no cell there.</source>
        <translation>Il n&apos;y a pas de cellule à cet endroit.</translation>
    </message>
    <message>
        <source>You submitted your form of %1; submitted scores are final.</source>
        <translation>Vous avez soumis votre grille de %1&#xa0;; les notes soumises sont définitives.</translation>
    </message>
    <message>
        <source>You may not change these ratings.</source>
        <translation>Vous ne pouvez pas modifier ces appréciations.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rating; type a whole number from 0 to %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une appréciation&#xa0;; saisissez un nombre entier de 0 à %2.</translation>
    </message>
    <message>
        <source>Choose the cell where the block starts, then paste.</source>
        <translation>Choisissez la cellule où commence le bloc, puis collez.</translation>
    </message>
    <message numerus="yes">
        <source>The block is larger than the grid from this cell (%n row(s) by %1 column(s)); nothing was pasted.</source>
        <translation>
            <numerusform>Le bloc dépasse la grille à partir de cette cellule (%n ligne sur %1 colonne(s))&#xa0;; rien n&apos;a été collé.</numerusform>
            <numerusform>Le bloc dépasse la grille à partir de cette cellule (%n lignes sur %1 colonne(s))&#xa0;; rien n&apos;a été collé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of the block, column %2: %3 Nothing was pasted.</source>
        <translation>Ligne %1 du bloc, colonne %2&#xa0;: %3 Rien n&apos;a été collé.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Rating cleared</source>
        <translation>Appréciation effacée</translation>
    </message>
</context>
<context>
    <name>ScoresGridView</name>
    <message>
        <source>Assessment round of the grid</source>
        <translation>Cycle d&apos;évaluation de la grille</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Cycle&#xa0;:</translation>
    </message>
    <message>
        <source>Ratings of the workshop&apos;s candidates, a row per candidate and a column per criterion</source>
        <translation>Appréciations des candidats de l&apos;atelier, une ligne par candidat et une colonne par critère</translation>
    </message>
    <message>
        <source>What the grid says</source>
        <translation>Ce qu&apos;indique la grille</translation>
    </message>
    <message>
        <source>&amp;Save Ratings</source>
        <translation>&amp;Enregistrer les appréciations</translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <translation>&amp;Annuler la saisie</translation>
    </message>
    <message>
        <source>The consensus ratings; you may read them here, not change them.</source>
        <translation>Les appréciations consensuelles&#xa0;; vous pouvez les consulter ici, mais pas les modifier.</translation>
    </message>
    <message>
        <source>Choose a workshop above to rate its candidates.</source>
        <translation>Choisissez un atelier ci-dessus pour apprécier ses candidats.</translation>
    </message>
    <message>
        <source>No candidate of this workshop is assigned to you; the officer assigns them in the Reviewers tab.</source>
        <translation>Aucun candidat de cet atelier ne vous est affecté&#xa0;; l&apos;agent les affecte dans l&apos;onglet Évaluateurs.</translation>
    </message>
    <message>
        <source>This workshop has no applicants yet.</source>
        <translation>Cet atelier n&apos;a pas encore de candidats.</translation>
    </message>
    <message>
        <source>No candidate holds a seat of this workshop yet; %1 rates those who do (Workshops tab).</source>
        <translation>Aucun candidat n&apos;a encore de place dans cet atelier&#xa0;; %1 apprécie ceux qui en ont une (onglet Ateliers).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) saved.</source>
        <translation>
            <numerusform>%n appréciation enregistrée.</numerusform>
            <numerusform>%n appréciations enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>the ratings typed in the Scores Grid</source>
        <translation>les appréciations saisies dans la Grille des notes</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n Rating(s)</source>
        <translation>
            <numerusform>&amp;Enregistrer %n appréciation</numerusform>
            <numerusform>&amp;Enregistrer %n appréciations</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ratings of the candidates assigned to you, saved as drafts in your review file. Type 0–4 in a cell (hard requirements 0 or 1), Delete to empty it, paste a block from a spreadsheet, then Save Ratings; submit each form from the candidate&apos;s Assessment tab.</source>
        <translation>Vos appréciations des candidats qui vous sont affectés, enregistrées comme brouillons dans votre fichier d&apos;évaluation. Tapez 0–4 dans une cellule (0 ou 1 pour les conditions obligatoires), Suppr pour la vider, collez un bloc depuis un tableur, puis Enregistrer les appréciations&#xa0;; soumettez chaque formulaire depuis l&apos;onglet Évaluation du candidat.</translation>
    </message>
    <message>
        <source>The consensus ratings of the workshop&apos;s candidates. Type 0–4 in a cell (hard requirements 0 or 1), Delete to empty it, paste a block from a spreadsheet, then Save Ratings; a cell&apos;s tooltip gives the level&apos;s descriptor.</source>
        <translation>Les appréciations consensuelles des candidats de l&apos;atelier. Tapez 0–4 dans une cellule (0 ou 1 pour les conditions obligatoires), Suppr pour la vider, collez un bloc depuis un tableur, puis Enregistrer les appréciations&#xa0;; l&apos;infobulle d&apos;une cellule donne le descripteur du niveau.</translation>
    </message>
</context>
<context>
    <name>ScoresImportCommand</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Import many ratings from a CSV sheet, into your review file (reviewers, --review) or as the consensus (officers, --consensus). Nothing is imported while a row is refused.</source>
        <translation>Importer de nombreuses appréciations depuis une feuille CSV, dans votre fichier d&apos;évaluation (évaluateurs, --review) ou comme consensus (agents, --consensus). Rien n&apos;est importé tant qu&apos;une ligne est refusée.</translation>
    </message>
    <message>
        <source>The ratings: UTF-8 CSV, long (columns candidate, criterion, rating, comment) or wide (candidate, then a column per criterion), as `scores-template` makes it.</source>
        <translation>Les appréciations&#xa0;: CSV UTF-8, au format long (colonnes candidate, criterion, rating, comment) ou large (candidate, puis une colonne par critère), tel que `scores-template` le crée.</translation>
    </message>
    <message>
        <source>Your review file: the ratings become your drafts there.</source>
        <translation>Votre fichier d&apos;évaluation&#xa0;: les appréciations y deviennent vos brouillons.</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>REVIEW</translation>
    </message>
    <message>
        <source>Record the ratings as the officer&apos;s consensus.</source>
        <translation>Enregistrer les appréciations comme consensus de l&apos;agent.</translation>
    </message>
    <message>
        <source>Refuse any candidate who is not an applicant of W.</source>
        <translation>Refuser tout candidat qui n&apos;a pas postulé à W.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Check the sheet and report, but write nothing.</source>
        <translation>Vérifier la feuille et rendre compte, sans rien écrire.</translation>
    </message>
    <message>
        <source>the round the sheet&apos;s &quot;round&quot; column names, else selection</source>
        <translation>le cycle nommé dans la colonne «&#xa0;round&#xa0;» de la feuille, sinon selection</translation>
    </message>
    <message>
        <source>Say where the ratings go: --review REVIEW (your own form) or --consensus (the officer&apos;s).</source>
        <translation>Indiquez où vont les appréciations&#xa0;: --review REVIEW (votre propre grille) ou --consensus (celle de l&apos;agent).</translation>
    </message>
    <message>
        <source>There is no review file &quot;%1&quot;; make yours with `review-init FILE %1` first.</source>
        <translation>Il n&apos;y a pas de fichier d&apos;évaluation «&#xa0;%1&#xa0;»&#xa0;; créez d&apos;abord le vôtre avec `review-init FILE %1`.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2); nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (%2)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is a sheet of %2, but --round asks for %3; nothing was imported. Import it with --round %4 (or leave --round out), or make a sheet of %3 with `scores-template --round %5`.</source>
        <translation>%1 est une feuille de %2, mais --round demande %3&#xa0;; rien n&apos;a été importé. Importez-la avec --round %4 (ou sans --round), ou créez une feuille de %3 avec `scores-template --round %5`.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported. Correct them and run scores-import again.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;; rien n&apos;a été importé. Corrigez-la et relancez scores-import.</numerusform>
            <numerusform>%n lignes refusées&#xa0;; rien n&apos;a été importé. Corrigez-les et relancez scores-import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n rating(s) would be imported; nothing was written.</source>
        <translation>
            <numerusform>Essai à blanc&#xa0;: %n appréciation serait importée&#xa0;; rien n&apos;a été écrit.</numerusform>
            <numerusform>Essai à blanc&#xa0;: %n appréciations seraient importées&#xa0;; rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;; rien n&apos;a été importé.</numerusform>
            <numerusform>%n lignes refusées&#xa0;; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings of %1 from %2 saved in your review file %3: %4 new or changed, %5 as they were (drafts; `submit` each candidate&apos;s form when it is complete).</source>
        <translation>Appréciations de %1 depuis %2 enregistrées dans votre fichier d&apos;évaluation %3&#xa0;: %4 nouvelles ou modifiées, %5 inchangées (brouillons&#xa0;; soumettez la grille de chaque candidat avec `submit` lorsqu&apos;elle est complète).</translation>
    </message>
    <message>
        <source>Consensus ratings of %1 from %2 recorded: %3 new or changed, %4 as they were.</source>
        <translation>Appréciations consensuelles de %1 depuis %2 enregistrées&#xa0;: %3 nouvelles ou modifiées, %4 inchangées.</translation>
    </message>
</context>
<context>
    <name>ScoresTemplateCommand</name>
    <message>
        <source>Write a workshop&apos;s blank scoring sheet as CSV, with the codes scores-import reads.</source>
        <translation>Écrire au format CSV la fiche de notation vierge d&apos;un atelier, avec les codes que lit scores-import.</translation>
    </message>
    <message>
        <source>The workshop (id or title).</source>
        <translation>L&apos;atelier (identifiant ou titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>A row per candidate and a column per criterion (by default a row per candidate and criterion).</source>
        <translation>Une ligne par candidat et une colonne par critère (par défaut, une ligne par candidat et par critère).</translation>
    </message>
    <message>
        <source>Your review file: only the candidates assigned to you.</source>
        <translation>Votre fichier d&apos;évaluation&#xa0;: uniquement les candidats qui vous sont affectés.</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>REVIEW</translation>
    </message>
    <message>
        <source>Leave the candidates&apos; names out: codes only.</source>
        <translation>Omettre les noms des candidats&#xa0;: codes uniquement.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>selection</translation>
    </message>
    <message>
        <source>Give the workshop with --workshop W and the file to write with -o OUT.csv.</source>
        <translation>Indiquez l&apos;atelier avec --workshop W et le fichier à écrire avec -o OUT.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>Wrote the blank sheet of %1, %2, to %3: %4 candidate(s), %5 criteria. Fill in the ratings and import it with `scores-import`.</source>
        <translation>Fiche vierge de %1, %2, écrite dans %3&#xa0;: %4 candidat(s), %5 critères. Remplissez les appréciations et importez-la avec `scores-import`.</translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Scores&lt;/b&gt; (%Ln)</source>
        <translation>
            <numerusform>&lt;b&gt;Notes&lt;/b&gt; (%Ln)</numerusform>
            <numerusform>&lt;b&gt;Notes&lt;/b&gt; (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours, not yet imported</source>
        <translation>Les vôtres, pas encore importées</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Unknown reviewer</source>
        <translation>Évaluateur inconnu</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <source>Workshop: %1</source>
        <translation>Atelier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stage 3 appraisals</source>
        <translation>Appréciations de l&apos;étape 3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Participation in discussions</source>
        <translation>Participation aux débats</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Activités de groupe</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>%1 of %2 criteria</source>
        <translation>%1 critères sur %2</translation>
    </message>
    <message>
        <source>Takes part in every discussion, listens, builds on others&apos; points and brings in their own administration&apos;s experience.</source>
        <translation>Prend part à chaque débat, écoute, s&apos;appuie sur les interventions des autres et apporte l&apos;expérience de sa propre administration.</translation>
    </message>
    <message>
        <source>Works with the group towards its result, takes a fair share of the work and helps others to contribute.</source>
        <translation>Œuvre avec le groupe à l&apos;atteinte de son résultat, assume une juste part du travail et aide les autres à contribuer.</translation>
    </message>
    <message>
        <source>Presents clearly and within time, adapts to the audience and answers questions with sound knowledge of IPR enforcement.</source>
        <translation>Présente avec clarté et dans le temps imparti, s&apos;adapte au public et répond aux questions avec une solide connaissance de l&apos;application des DPI.</translation>
    </message>
    <message>
        <source>The candidate&apos;s form of %2 has no criterion &quot;%1&quot;; `profile FILE --json` lists the profile&apos;s keys, a workshop&apos;s criteria are &quot;workshop:KEY&quot; (Stage 2 only), an activity appraisal &quot;activity:ID&quot; (Stage 3 only).</source>
        <translation>La grille du candidat pour %2 n&apos;a pas de critère «&#xa0;%1&#xa0;»&#xa0;; `profile FILE --json` liste les clés du profil, les critères d&apos;un atelier sont «&#xa0;workshop:KEY&#xa0;» (étape 2 uniquement), l&apos;appréciation d&apos;une activité «&#xa0;activity:ID&#xa0;» (étape 3 uniquement).</translation>
    </message>
</context>
<context>
    <name>ScoringFormView</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Criteria of the form</source>
        <translation>Critères de la grille</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Submit the scores</source>
        <translation>Soumettre les notes</translation>
    </message>
    <message>
        <source>Declare a &amp;Conflict…</source>
        <translation>Déclarer un &amp;conflit…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Déclarer un conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Select a candidate to see their scoring form.</source>
        <translation>Sélectionnez un candidat pour voir sa grille de notation.</translation>
    </message>
    <message>
        <source>Your scores of %1 (drafts until you submit)</source>
        <translation>Vos notes pour %1 (brouillons jusqu&apos;à leur soumission)</translation>
    </message>
    <message>
        <source>Your scores of %1. %2</source>
        <translation>Vos notes pour %1. %2</translation>
    </message>
    <message>
        <source>Consensus on %1, apart from the reviewers&apos; own scores (shown beside each criterion)</source>
        <translation>Consensus sur %1, distinct des notes propres des évaluateurs (affichées à côté de chaque critère)</translation>
    </message>
    <message>
        <source>Consensus on %1 (read only)</source>
        <translation>Consensus sur %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation>Appréciation de %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Éléments probants pour %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>No reviewer&apos;s rating to show</source>
        <translation>Aucune appréciation d&apos;évaluateur à afficher</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Évaluateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record &amp;Consensus</source>
        <translation>Enregistrer le &amp;consensus</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non soumis</translation>
    </message>
    <message>
        <source>What makes you unable to judge this candidate fairly?</source>
        <translation>Qu&apos;est-ce qui vous empêche d&apos;évaluer ce candidat en toute impartialité&#xa0;?</translation>
    </message>
    <message>
        <source>Conflict not declared</source>
        <translation>Conflit non déclaré</translation>
    </message>
    <message>
        <source>Step of the outcome</source>
        <translation>Phase du résultat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>Note sur le résultat</translation>
    </message>
    <message>
        <source>Why, in a sentence</source>
        <translation>Pourquoi, en une phrase</translation>
    </message>
    <message>
        <source>Record &amp;Outcome</source>
        <translation>Enregistrer le &amp;résultat</translation>
    </message>
    <message>
        <source>Outc&amp;ome:</source>
        <translation>Résul&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2%3 (%4, %5)</source>
        <translation>%1&#xa0;: %2%3 (%4, %5)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <source>No outcome recorded yet.</source>
        <translation>Aucun résultat enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Outcome not recorded</source>
        <translation>Résultat non enregistré</translation>
    </message>
    <message>
        <source>What to look for: %1</source>
        <translation>Points à examiner&#xa0;: %1</translation>
    </message>
    <message>
        <source>your scores of %1</source>
        <translation>vos notes pour %1</translation>
    </message>
    <message>
        <source>the consensus on %1</source>
        <translation>le consensus sur %1</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Cycle d&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>C&amp;ycle&#xa0;:</translation>
    </message>
    <message>
        <source>You submitted your scores of this candidate in this round; they are final.</source>
        <translation>Vous avez soumis vos notes pour ce candidat dans ce cycle&#xa0;; elles sont définitives.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>hard requirements met</source>
        <translation>conditions obligatoires remplies</translation>
    </message>
    <message>
        <source>hard requirements not met</source>
        <translation>conditions obligatoires non remplies</translation>
    </message>
    <message>
        <source>%1 of %2 counted criteria met, more than %3 %</source>
        <translation>%1 critères comptés remplis sur %2, soit plus de %3 %</translation>
    </message>
    <message>
        <source>%1 of %2 counted criteria met, not more than %3 %</source>
        <translation>%1 critères comptés remplis sur %2, soit pas plus de %3 %</translation>
    </message>
    <message>
        <source>A screening must name its candidate.</source>
        <translation>Une présélection doit désigner son candidat.</translation>
    </message>
    <message>
        <source>Give how many counted criteria the profile has (at least 1).</source>
        <translation>Indiquez combien de critères comptés le profil comporte (au moins 1).</translation>
    </message>
    <message>
        <source>The criteria met must be between 0 and %1, the number of counted criteria.</source>
        <translation>Le nombre de critères remplis doit être compris entre 0 et %1, le nombre de critères comptés.</translation>
    </message>
</context>
<context>
    <name>ScreeningCheck</name>
    <message numerus="yes">
        <source>%n year(s) in Customs; at least %1 needed.</source>
        <translation>
            <numerusform>%n année dans les douanes&#xa0;; au moins %1 requises.</numerusform>
            <numerusform>%n années dans les douanes&#xa0;; au moins %1 requises.</numerusform>
        </translation>
    </message>
    <message>
        <source>education not given</source>
        <translation>niveau d&apos;études non renseigné</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 university level); %n year(s) in public administration (at least %3 needed otherwise).</source>
        <translation>
            <numerusform>%1 (%2 de niveau universitaire)&#xa0;; %n année dans l&apos;administration publique (au moins %3 requises sinon).</numerusform>
            <numerusform>%1 (%2 de niveau universitaire)&#xa0;; %n années dans l&apos;administration publique (au moins %3 requises sinon).</numerusform>
        </translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>English at level %1; proficient means C1, C2 or native.</source>
        <translation>Anglais au niveau %1&#xa0;; la maîtrise correspond à C1, C2 ou langue maternelle.</translation>
    </message>
    <message>
        <source>No English level given; proficient means C1, C2 or native.</source>
        <translation>Aucun niveau d&apos;anglais indiqué&#xa0;; la maîtrise correspond à C1, C2 ou langue maternelle.</translation>
    </message>
    <message>
        <source>The candidate&apos;s data do not answer this requirement; the officer judges it.</source>
        <translation>Les données du candidat ne répondent pas à cette condition&#xa0;; l&apos;agent en juge.</translation>
    </message>
    <message>
        <source>Consensus %1: met</source>
        <translation>Consensus %1&#xa0;: rempli</translation>
    </message>
    <message>
        <source>Consensus %1: not met</source>
        <translation>Consensus %1&#xa0;: non rempli</translation>
    </message>
    <message numerus="yes">
        <source>Median of %n submitted score(s) %1: met</source>
        <translation>
            <numerusform>Médiane de %n note soumise %1&#xa0;: rempli</numerusform>
            <numerusform>Médiane de %n notes soumises %1&#xa0;: rempli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median of %n submitted score(s) %1: not met</source>
        <translation>
            <numerusform>Médiane de %n note soumise %1&#xa0;: non rempli</numerusform>
            <numerusform>Médiane de %n notes soumises %1&#xa0;: non rempli</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assessed yet: not counted as met</source>
        <translation>Pas encore évalué&#xa0;: non compté comme rempli</translation>
    </message>
    <message>
        <source>The pre-check found the hard requirements met; say why you judge them not met.</source>
        <translation>La vérification préalable a trouvé les conditions obligatoires remplies&#xa0;; indiquez pourquoi vous les jugez non remplies.</translation>
    </message>
    <message>
        <source>The pre-check found a hard requirement not met; say why you judge them met.</source>
        <translation>La vérification préalable a trouvé une condition obligatoire non remplie&#xa0;; indiquez pourquoi vous les jugez remplies.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>cannot be judged from the data</source>
        <translation>ne peut pas être jugé d&apos;après les données</translation>
    </message>
</context>
<context>
    <name>ScreeningCheckView</name>
    <message>
        <source>Stage 1 pre-check, criterion by criterion</source>
        <translation>Vérification préalable de l&apos;étape 1, critère par critère</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Judge the hard requirements otherwise</source>
        <translation>&amp;Apprécier autrement les conditions obligatoires</translation>
    </message>
    <message>
        <source>Judge the hard requirements otherwise than the pre-check</source>
        <translation>Apprécier les conditions obligatoires autrement que la vérification préalable</translation>
    </message>
    <message>
        <source>Reason or note for the screening</source>
        <translation>Motif ou note de la présélection</translation>
    </message>
    <message>
        <source>Reason (needed to judge otherwise)</source>
        <translation>Motif (requis pour apprécier autrement)</translation>
    </message>
    <message>
        <source>Con&amp;firm Screening</source>
        <translation>Con&amp;firmer la présélection</translation>
    </message>
    <message>
        <source>Confirm the screening</source>
        <translation>Confirmer la présélection</translation>
    </message>
    <message>
        <source>Share of counted criteria to exceed, in percent</source>
        <translation>Part des critères comptés à dépasser, en pourcentage</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Set &amp;Threshold</source>
        <translation>Fixer le &amp;seuil</translation>
    </message>
    <message>
        <source>Set the profile&apos;s threshold</source>
        <translation>Fixer le seuil du profil</translation>
    </message>
    <message>
        <source>More than</source>
        <translation>Plus de</translation>
    </message>
    <message>
        <source>of the counted criteria must be met</source>
        <translation>des critères comptés doivent être remplis</translation>
    </message>
    <message>
        <source>A setting of the competence profile, for every candidate.</source>
        <translation>Un paramètre du profil de compétences, valable pour tous les candidats.</translation>
    </message>
    <message>
        <source>Select a candidate to see the pre-check.</source>
        <translation>Sélectionnez un candidat pour voir la vérification préalable.</translation>
    </message>
    <message>
        <source>Hard requirements (from the candidate&apos;s data)</source>
        <translation>Conditions obligatoires (d&apos;après les données du candidat)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>Counted criteria (from the consensus, else the submitted scores)</source>
        <translation>Critères comptés (d&apos;après le consensus, sinon les notes soumises)</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 sur %2 remplis</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Pre-check: %1.</source>
        <translation>Vérification préalable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Hard requirements judged otherwise: %1</source>
        <translation>Conditions obligatoires appréciées autrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Screening not recorded</source>
        <translation>Présélection non enregistrée</translation>
    </message>
    <message>
        <source>Threshold not set</source>
        <translation>Seuil non fixé</translation>
    </message>
</context>
<context>
    <name>ScreeningCommand</name>
    <message>
        <source>The candidate (id or name).</source>
        <translation>Le candidat (identifiant ou nom).</translation>
    </message>
    <message>
        <source>Whether the hard requirements are met: met or not-met.</source>
        <translation>Si les conditions obligatoires sont remplies&#xa0;: met ou not-met.</translation>
    </message>
    <message>
        <source>MET</source>
        <translation>MET</translation>
    </message>
    <message>
        <source>Counted criteria met, of how many, as N/M.</source>
        <translation>Critères comptés remplis, sur combien, sous la forme N/M.</translation>
    </message>
    <message>
        <source>N/M</source>
        <translation>N/M</translation>
    </message>
    <message>
        <source>A note kept with the screening.</source>
        <translation>Une note conservée avec la présélection.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--hard must be met or not-met.</source>
        <translation>--hard doit valoir met ou not-met.</translation>
    </message>
    <message>
        <source>--counted must be N/M, e.g. 5/7.</source>
        <translation>--counted doit être de la forme N/M, p. ex. 5/7.</translation>
    </message>
    <message>
        <source>Screening of %1 recorded: %2.</source>
        <translation>Présélection de %1 enregistrée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Record a candidate&apos;s Stage 1 screening against the profile: by hand, or the pre-check computed from their data and the assessment (--check shows it, --confirm records it).</source>
        <translation>Enregistrer la présélection de l&apos;étape 1 d&apos;un candidat au regard du profil&#xa0;: à la main, ou d&apos;après la vérification préalable calculée à partir de ses données et de l&apos;évaluation (--check l&apos;affiche, --confirm l&apos;enregistre).</translation>
    </message>
    <message>
        <source>Show the pre-check: each hard requirement judged from the candidate&apos;s data, each counted criterion from the consensus or the submitted scores. Records nothing.</source>
        <translation>Afficher la vérification préalable&#xa0;: chaque condition obligatoire jugée d&apos;après les données du candidat, chaque critère compté d&apos;après le consensus ou les notes soumises. N&apos;enregistre rien.</translation>
    </message>
    <message>
        <source>Record the pre-check as the screening; with --hard and --reason to override its finding on the hard requirements.</source>
        <translation>Enregistrer la vérification préalable comme présélection&#xa0;; avec --hard et --reason pour passer outre son constat sur les conditions obligatoires.</translation>
    </message>
    <message>
        <source>Give --check to see the pre-check or --confirm to record it, not both.</source>
        <translation>Indiquez --check pour voir la vérification préalable ou --confirm pour l&apos;enregistrer, mais pas les deux.</translation>
    </message>
    <message>
        <source>With the pre-check, --hard goes with --confirm and is met or not-met.</source>
        <translation>Avec la vérification préalable, --hard accompagne --confirm et vaut met ou not-met.</translation>
    </message>
    <message>
        <source>The pre-check counts the criteria itself; --counted is for a screening by hand.</source>
        <translation>La vérification préalable compte elle-même les critères&#xa0;; --counted sert à une présélection à la main.</translation>
    </message>
    <message>
        <source>Pre-check of %1:</source>
        <translation>Vérification préalable de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Screening of %1 recorded from the pre-check: %2.</source>
        <translation>Présélection de %1 enregistrée d&apos;après la vérification préalable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Why the hard requirements are judged otherwise than the pre-check, or than the candidate&apos;s data say.</source>
        <translation>Pourquoi les conditions obligatoires sont jugées autrement que par la vérification préalable, ou que ne l&apos;indiquent les données du candidat.</translation>
    </message>
</context>
<context>
    <name>SearchIndexText</name>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>IPR experience</source>
        <translation>Expérience en DPI</translation>
    </message>
    <message>
        <source>Could not update the search index.</source>
        <translation>Impossible de mettre à jour l&apos;index de recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in the search index do not lead to their candidate.</source>
        <translation>
            <numerusform>%n champ de l&apos;index de recherche ne mène pas à son candidat.</numerusform>
            <numerusform>%n champs de l&apos;index de recherche ne mènent pas à leur candidat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached document(s) are not found by the search.</source>
        <translation>
            <numerusform>%n document joint est introuvable par la recherche.</numerusform>
            <numerusform>%n documents joints sont introuvables par la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n search row(s) lead to a candidate they do not belong to.</source>
        <translation>
            <numerusform>%n ligne de recherche mène à un candidat auquel elle n&apos;appartient pas.</numerusform>
            <numerusform>%n lignes de recherche mènent à un candidat auquel elles n&apos;appartiennent pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document text(s) in the search index belong to no document.</source>
        <translation>
            <numerusform>%n texte de document de l&apos;index de recherche n&apos;appartient à aucun document.</numerusform>
            <numerusform>%n textes de documents de l&apos;index de recherche n&apos;appartiennent à aucun document.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the search index.</source>
        <translation>Impossible de vérifier l&apos;index de recherche.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Words around</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>SelectCommand</name>
    <message>
        <source>Propose the best participants for a workshop&apos;s seats, with reasons.</source>
        <translation>Proposer les meilleurs participants pour les places d&apos;un atelier, avec les motifs.</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>At most K from one administration.</source>
        <translation>Au maximum K d&apos;une même administration.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>At least N of a gender (%1) where the pool allows; repeat for several.</source>
        <translation>Au moins N d&apos;un genre (%1) si le vivier le permet&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>G=N</source>
        <translation>G=N</translation>
    </message>
    <message>
        <source>At least N from a region (%1) where the pool allows; repeat for several.</source>
        <translation>Au moins N d&apos;une région (%1) si le vivier le permet&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>R=N</source>
        <translation>R=N</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Name the workshop with --workshop W.</source>
        <translation>Désignez l&apos;atelier avec --workshop W.</translation>
    </message>
    <message>
        <source>--max-per-administration must be a whole number of 1 or more.</source>
        <translation>--max-per-administration doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>Proposal for &quot;%1&quot; (nothing is recorded):</source>
        <translation>Proposition pour «&#xa0;%1&#xa0;» (rien n&apos;est enregistré)&#xa0;:</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Picked:</source>
        <translation>Retenus&#xa0;:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Écartés&#xa0;:</translation>
    </message>
    <message>
        <source>Not considered:</source>
        <translation>Non examinés&#xa0;:</translation>
    </message>
    <message>
        <source>Record each decision through the pipeline with its reason (&quot;advance FILE CANDIDATE --to selected --reason TEXT&quot;).</source>
        <translation>Enregistrez chaque décision par le parcours avec son motif («&#xa0;advance FILE CANDIDATE --to selected --reason TEXT&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>SelectionHelper</name>
    <message>
        <source>A workshop has 1 to %1 seats; %2 were asked for.</source>
        <translation>Un atelier compte de 1 à %1 places&#xa0;; %2 ont été demandées.</translation>
    </message>
    <message>
        <source>The limit per administration cannot be negative.</source>
        <translation>La limite par administration ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A minimum per gender cannot be negative.</source>
        <translation>Un minimum par genre ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A minimum per region cannot be negative.</source>
        <translation>Un minimum par région ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>of gender &quot;%1&quot;</source>
        <translation>du genre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>The selection could not be solved; this is a bug, please report it with the file.</source>
        <translation>La sélection n&apos;a pas pu être résolue&#xa0;; il s&apos;agit d&apos;une anomalie&#xa0;: veuillez la signaler en joignant le fichier.</translation>
    </message>
    <message>
        <source>at least %1 %2</source>
        <translation>au moins %1 %2</translation>
    </message>
    <message>
        <source>would make %1 from %2, limit %3</source>
        <translation>porterait à %1 le nombre de candidats de %2, limite %3</translation>
    </message>
    <message>
        <source>adds nothing to the total (%1)</source>
        <translation>n&apos;ajoute rien au total (%1)</translation>
    </message>
    <message>
        <source>the picks with lower totals are needed to meet %1 (e.g. %2, total %3)</source>
        <translation>les choix aux totaux inférieurs sont nécessaires pour respecter %1 (p. ex. %2, total %3)</translation>
    </message>
    <message>
        <source>same total %1 as the last pick, %2: either fits; decide between them</source>
        <translation>même total %1 que le dernier choix, %2&#xa0;: l&apos;un ou l&apos;autre convient&#xa0;; départagez-les</translation>
    </message>
    <message>
        <source>lower total %1 than the last pick %2 (%3)</source>
        <translation>total %1 inférieur à celui du dernier choix %2 (%3)</translation>
    </message>
    <message>
        <source>every set with them scores lower under the rules</source>
        <translation>tout ensemble qui les inclut obtient un score inférieur selon les règles</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>écarté&#xa0;: %1</translation>
    </message>
    <message>
        <source>picked: total %1, rank %2 of %3 by total</source>
        <translation>retenu&#xa0;: total %1, rang %2 sur %3 par total</translation>
    </message>
    <message>
        <source>ahead of higher totals, to meet %1</source>
        <translation>devant des totaux plus élevés, pour respecter %1</translation>
    </message>
    <message>
        <source>%1 of %2 seats proposed, total %3.</source>
        <translation>%1 places proposées sur %2, total %3.</translation>
    </message>
    <message>
        <source>The pool holds only %1 eligible candidates.</source>
        <translation>Le vivier ne contient que %1 candidats admissibles.</translation>
    </message>
    <message>
        <source>The rules leave no other candidate who could take a seat.</source>
        <translation>Les règles ne laissent aucun autre candidat susceptible d&apos;obtenir une place.</translation>
    </message>
    <message>
        <source>At most %1 from one administration: respected.</source>
        <translation>Au maximum %1 d&apos;une même administration&#xa0;: respecté.</translation>
    </message>
    <message>
        <source>At least %1 %2 asked; the eligible pool can supply %3 (with the other limits), so the minimum is lowered to %3.</source>
        <translation>Au moins %1 %2 demandés&#xa0;; le vivier admissible peut en fournir %3 (compte tenu des autres limites)&#xa0;; le minimum est donc abaissé à %3.</translation>
    </message>
    <message>
        <source>At least %1 %2 cannot be met together with the other rules: %3 proposed, the fewest places short overall.</source>
        <translation>Au moins %1 %2 ne peut pas être respecté en même temps que les autres règles&#xa0;: %3 proposés, le plus petit manque de places au total.</translation>
    </message>
    <message>
        <source>At least %1 %2: met, %3 proposed.</source>
        <translation>Au moins %1 %2&#xa0;: respecté, %3 proposés.</translation>
    </message>
    <message>
        <source>%2, picked with the same total %3, is needed to meet %1</source>
        <translation>%2, retenu avec le même total %3, est nécessaire pour respecter %1</translation>
    </message>
</context>
<context>
    <name>SelectionView</name>
    <message>
        <source>Stage 1 ranking against the seats</source>
        <translation>Classement de l&apos;étape 1 au regard des places</translation>
    </message>
    <message>
        <source>Ranking against the seats</source>
        <translation>Classement au regard des places</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Comptés</translation>
    </message>
    <message>
        <source>Advantages</source>
        <translation>Atouts</translation>
    </message>
    <message>
        <source>Within seats</source>
        <translation>Dans les places</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Ex aequo</translation>
    </message>
    <message>
        <source>Criteria of the candidate chosen in the ranking</source>
        <translation>Critères du candidat choisi dans le classement</translation>
    </message>
    <message>
        <source>Statistics of each criterion of the chosen candidate</source>
        <translation>Statistiques de chaque critère du candidat choisi</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Appréciations</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Population SD</source>
        <translation>Écart type (population)</translation>
    </message>
    <message>
        <source>Reviewers disagree</source>
        <translation>Désaccord des évaluateurs</translation>
    </message>
    <message>
        <source>In the total</source>
        <translation>Dans le total</translation>
    </message>
    <message>
        <source>Reviewer agreement in this workshop (submitted ratings)</source>
        <translation>Concordance des évaluateurs dans cet atelier (appréciations soumises)</translation>
    </message>
    <message>
        <source>Reviewer agreement</source>
        <translation>Concordance des évaluateurs</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Band, or why not computed</source>
        <translation>Niveau, ou raison de l&apos;absence de calcul</translation>
    </message>
    <message>
        <source>Bands: Landis &amp; Koch (1977) for kappa, Koo &amp; Li (2016) for ICC, Krippendorff&apos;s 0.667 / 0.800 for alpha. A subject is one criterion of one candidate.</source>
        <translation>Niveaux&#xa0;: Landis &amp; Koch (1977) pour le kappa, Koo &amp; Li (2016) pour l&apos;ICC, 0,667 / 0,800 de Krippendorff pour l&apos;alpha. Un sujet est un critère d&apos;un candidat.</translation>
    </message>
    <message>
        <source>Selection helper</source>
        <translation>Aide à la sélection</translation>
    </message>
    <message>
        <source>At most this many from one administration</source>
        <translation>Nombre maximal de candidats d&apos;une même administration</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>At most per &amp;administration:</source>
        <translation>Au maximum par &amp;administration&#xa0;:</translation>
    </message>
    <message>
        <source>At least, where the pool allows:</source>
        <translation>Au minimum, si le vivier le permet&#xa0;:</translation>
    </message>
    <message>
        <source>At least this many of gender %1</source>
        <translation>Nombre minimal de candidats du genre %1</translation>
    </message>
    <message>
        <source>At least this many from %1</source>
        <translation>Nombre minimal de candidats de %1</translation>
    </message>
    <message>
        <source>P&amp;ropose</source>
        <translation>P&amp;roposer</translation>
    </message>
    <message>
        <source>Propose the best set under these constraints</source>
        <translation>Proposer le meilleur ensemble sous ces contraintes</translation>
    </message>
    <message>
        <source>Proposed set</source>
        <translation>Ensemble proposé</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Record a &amp;Decision…</source>
        <translation>Enregistrer une &amp;décision…</translation>
    </message>
    <message>
        <source>Record a decision for the candidate chosen in the proposal</source>
        <translation>Enregistrer une décision pour le candidat choisi dans la proposition</translation>
    </message>
    <message>
        <source>The helper only proposes. Each decision goes through the pipeline, with its reason, and the candidate is told.</source>
        <translation>L&apos;aide ne fait que proposer. Chaque décision passe par le parcours, avec son motif, et le candidat en est informé.</translation>
    </message>
    <message>
        <source>Ranking, agreement and selection</source>
        <translation>Classement, concordance et sélection</translation>
    </message>
    <message>
        <source>Choose a workshop above to rank its applicants against its seats.</source>
        <translation>Choisissez un atelier ci-dessus pour classer ses candidats au regard de ses places.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, seats: %2. Each total adds up the counted criteria and advantages of the profile: the officer&apos;s consensus where one is recorded, otherwise the mean of the reviewers&apos; submitted ratings. Hard requirements gate and do not rank; the workshop&apos;s own criteria are assessed at the workshop, after this selection.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, places&#xa0;: %2. Chaque total additionne les critères comptés et les atouts du profil&#xa0;: le consensus de l&apos;agent s&apos;il a été enregistré, sinon la moyenne des appréciations soumises par les évaluateurs. Les conditions obligatoires filtrent sans classer&#xa0;; les critères propres à l&apos;atelier sont évalués pendant l&apos;atelier, après cette sélection.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no longer competing (%1)</source>
        <translation>n&apos;est plus en lice (%1)</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <source>tied for the last seat</source>
        <translation>ex aequo pour la dernière place</translation>
    </message>
    <message>
        <source>Choose a candidate in the ranking to see each criterion&apos;s ratings.</source>
        <translation>Choisissez un candidat dans le classement pour voir les appréciations de chaque critère.</translation>
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (consensus)</translation>
    </message>
    <message>
        <source>%1 (mean)</source>
        <translation>%1 (moyenne)</translation>
    </message>
    <message>
        <source>no: a hard requirement gates</source>
        <translation>non&#xa0;: une condition obligatoire filtre</translation>
    </message>
    <message>
        <source>no: not a Stage 1 criterion</source>
        <translation>non&#xa0;: pas un critère de l&apos;étape 1</translation>
    </message>
    <message>
        <source>yes: %1 to %2</source>
        <translation>oui&#xa0;: de %1 à %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: submitted ratings only; the standard deviation is the population one (divided by n). Reviewers disagree when %2 levels apart or more; criteria where they do: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: appréciations soumises uniquement&#xa0;; l&apos;écart type est celui de la population (divisé par n). Les évaluateurs sont en désaccord lorsque leurs appréciations sont séparées d&apos;au moins %2 niveaux&#xa0;; critères concernés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 (subjects left out: %2)</source>
        <translation>%1 (sujets exclus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>not considered</source>
        <translation>non examiné</translation>
    </message>
    <message>
        <source>needs an override</source>
        <translation>exige une dérogation</translation>
    </message>
    <message>
        <source>Export Agreement…</source>
        <translation>Exporter l&apos;accord…</translation>
    </message>
    <message>
        <source>Export the reviewer agreement</source>
        <translation>Exporter l&apos;accord entre évaluateurs</translation>
    </message>
    <message>
        <source>Save these figures as a spreadsheet (XLSX) or CSV.</source>
        <translation>Enregistrer ces chiffres comme tableur (XLSX) ou CSV.</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>Show the file&apos;s settings, or change them (officers).</source>
        <translation>Afficher les paramètres du fichier, ou les modifier (agents).</translation>
    </message>
    <message>
        <source>How many automatic daily backups to keep beside the file (1 to 365).</source>
        <translation>Nombre de sauvegardes quotidiennes automatiques à conserver à côté du fichier (de 1 à 365).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Daily backups kept: %1</source>
        <translation>Sauvegardes quotidiennes conservées&#xa0;: %1</translation>
    </message>
    <message>
        <source>How part weeks count towards an advisor&apos;s twelve weeks: %1.</source>
        <translation>Façon dont les semaines partielles comptent dans les douze semaines d&apos;un conseiller&#xa0;: %1.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>--week-counting is one of: %1.</source>
        <translation>--week-counting vaut l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Weeks of the commitment counted as: %1 (%2)</source>
        <translation>Semaines de l&apos;engagement comptées ainsi&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Who signs the result letters (an empty value clears it).</source>
        <translation>Signataire des lettres de résultat (une valeur vide l&apos;efface).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The signatory&apos;s title, printed under their name.</source>
        <translation>Le titre du signataire, imprimé sous son nom.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>Letters signed by: %1</source>
        <translation>Lettres signées par&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Letters signed by: nobody named (the WCO Secretariat alone); set with --signatory-name NAME --signatory-title TITLE</source>
        <translation>Lettres signées par&#xa0;: personne de désigné (le Secrétariat de l&apos;OMD seul)&#xa0;; à définir avec --signatory-name NAME --signatory-title TITLE</translation>
    </message>
    <message>
        <source>Years after a candidate&apos;s last decision when data kept without consent is due for erasure (1 to 50).</source>
        <translation>Nombre d&apos;années après la dernière décision concernant un candidat au terme desquelles les données conservées sans consentement doivent être effacées (de 1 à 50).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 attend un nombre entier.</translation>
    </message>
    <message>
        <source>Years data is kept without consent after a candidate&apos;s last decision: %1</source>
        <translation>Années de conservation des données sans consentement après la dernière décision concernant un candidat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Which candidates reviewers see: assigned (theirs only) or all; never their contact details.</source>
        <translation>Candidats que voient les évaluateurs&#xa0;: assigned (seulement les leurs) ou all&#xa0;; jamais leurs coordonnées.</translation>
    </message>
    <message>
        <source>assigned|all</source>
        <translation>assigned|all</translation>
    </message>
    <message>
        <source>The rounds whose candidates reviewers see under a code, without name and administration: %1, comma-separated, or none.</source>
        <translation>Les cycles dont les évaluateurs voient les candidats sous un code, sans nom ni administration&#xa0;: %1, séparés par des virgules, ou none.</translation>
    </message>
    <message>
        <source>ROUND[,ROUND]|none</source>
        <translation>ROUND[,ROUND]|none</translation>
    </message>
    <message>
        <source>--reviewers-see is assigned or all.</source>
        <translation>--reviewers-see vaut assigned ou all.</translation>
    </message>
    <message>
        <source>--anonymise takes rounds among %1, comma-separated, or none.</source>
        <translation>--anonymise prend des cycles parmi %1, séparés par des virgules, ou none.</translation>
    </message>
    <message>
        <source>Reviewers see: all candidates, without contact details</source>
        <translation>Les évaluateurs voient&#xa0;: tous les candidats, sans coordonnées</translation>
    </message>
    <message>
        <source>Reviewers see: the candidates assigned to them, without contact details</source>
        <translation>Les évaluateurs voient&#xa0;: les candidats qui leur sont affectés, sans coordonnées</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Anonymised review: in no round; set with --anonymise ROUND</source>
        <translation>Évaluation anonymisée&#xa0;: dans aucun cycle&#xa0;; à définir avec --anonymise ROUND</translation>
    </message>
    <message>
        <source>Anonymised review: %1</source>
        <translation>Évaluation anonymisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>This File</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <source>This Computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>No file is open: open one (File &gt; Open) to see and change its settings.</source>
        <translation>Aucun fichier n&apos;est ouvert&#xa0;: ouvrez-en un (Fichier &gt; Ouvrir) pour afficher et modifier ses paramètres.</translation>
    </message>
    <message>
        <source>The file&apos;s settings are shown but cannot be changed: %1</source>
        <translation>Les paramètres du fichier sont affichés mais ne peuvent pas être modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept in the file, for everyone who opens it. Each change is recorded in the file&apos;s history.</source>
        <translation>Conservés dans le fichier, pour toute personne qui l&apos;ouvre. Chaque modification est enregistrée dans l&apos;historique du fichier.</translation>
    </message>
    <message>
        <source>Backups and personal data</source>
        <translation>Sauvegardes et données personnelles</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Data retention period in years</source>
        <translation>Durée de conservation des données en années</translation>
    </message>
    <message>
        <source>Daily backups &amp;kept:</source>
        <translation>Sauvegardes quotidiennes &amp;conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Opening the file for editing makes one backup a day in the folder &quot;%1&quot; beside it; older ones beyond this number are removed.</source>
        <translation>L&apos;ouverture du fichier en modification crée une sauvegarde par jour dans le dossier «&#xa0;%1&#xa0;» situé à côté&#xa0;; les plus anciennes au-delà de ce nombre sont supprimées.</translation>
    </message>
    <message>
        <source>Data &amp;retention (years):</source>
        <translation>&amp;Durée de conservation (années)&#xa0;:</translation>
    </message>
    <message>
        <source>Years after their last decision when the data of candidates who did not consent to keep it is due for erasure (the list&apos;s &quot;Retention due&quot; filter).</source>
        <translation>Nombre d&apos;années après leur dernière décision au terme desquelles les données des candidats qui n&apos;ont pas consenti à leur conservation doivent être effacées (filtre «&#xa0;Conservation échue&#xa0;» de la liste).</translation>
    </message>
    <message>
        <source>Advisors&apos; commitment</source>
        <translation>Engagement des conseillers</translation>
    </message>
    <message>
        <source>How part weeks count</source>
        <translation>Décompte des semaines partielles</translation>
    </message>
    <message>
        <source>&amp;Week counting:</source>
        <translation>Décompte des &amp;semaines&#xa0;:</translation>
    </message>
    <message>
        <source>Result letters</source>
        <translation>Lettres de résultat</translation>
    </message>
    <message>
        <source>Name of the person who signs the letters</source>
        <translation>Nom de la personne qui signe les lettres</translation>
    </message>
    <message>
        <source>Nobody named: the WCO Secretariat signs</source>
        <translation>Aucun nom&#xa0;: le Secrétariat de l&apos;OMD signe</translation>
    </message>
    <message>
        <source>Title of the person who signs the letters</source>
        <translation>Titre de la personne qui signe les lettres</translation>
    </message>
    <message>
        <source>Signed by (&amp;name):</source>
        <translation>Signé par (&amp;nom)&#xa0;:</translation>
    </message>
    <message>
        <source>Their &amp;title:</source>
        <translation>&amp;Titre du signataire&#xa0;:</translation>
    </message>
    <message>
        <source>Printed under every result letter, whoever prints it.</source>
        <translation>Imprimé sous chaque lettre de résultat, quelle que soit la personne qui l&apos;imprime.</translation>
    </message>
    <message>
        <source>Kept on this computer for your account; the file and the people who share it are not affected.</source>
        <translation>Conservés sur cet ordinateur pour votre compte&#xa0;; le fichier et les personnes qui le partagent ne sont pas concernés.</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>La langue du système (%1)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>The language changes at the next start of Accreditation Desk.</source>
        <translation>La langue change au prochain démarrage d&apos;Accreditation Desk.</translation>
    </message>
    <message>
        <source>Paper size for printing</source>
        <translation>Format du papier pour l&apos;impression</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Format du papier&#xa0;:</translation>
    </message>
    <message>
        <source>For the sheets, lists and letters printed or saved as PDF on this computer.</source>
        <translation>Pour les fiches, listes et lettres imprimées ou enregistrées en PDF sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Each working day from Monday to Friday counts one day; five make a week, so three days count 0.6 weeks. Weekends do not count.</source>
        <translation>Chaque jour ouvrable du lundi au vendredi compte pour un jour&#xa0;; cinq font une semaine, de sorte que trois jours comptent pour 0,6 semaine. Les week-ends ne comptent pas.</translation>
    </message>
    <message>
        <source>Each calendar week with any day on an activity, weekends included, counts as a whole week: Thursday to Tuesday counts two weeks.</source>
        <translation>Chaque semaine civile comportant au moins un jour d&apos;activité, week-ends compris, compte pour une semaine entière&#xa0;: du jeudi au mardi compte pour deux semaines.</translation>
    </message>
    <message>
        <source>As working days, but a working day online counts half a day.</source>
        <translation>Comme les jours ouvrables, mais un jour ouvrable en ligne compte pour une demi-journée.</translation>
    </message>
    <message>
        <source>The pool counts every advisor&apos;s weeks with the rule chosen here.</source>
        <translation>Le vivier décompte les semaines de chaque conseiller selon la règle choisie ici.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Which candidates reviewers see</source>
        <translation>Candidats que voient les évaluateurs</translation>
    </message>
    <message>
        <source>The candidates assigned to them</source>
        <translation>Les candidats qui leur sont affectés</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Tous les candidats</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Anonymised review in %1</source>
        <translation>Évaluation anonymisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reviewers &amp;see:</source>
        <translation>Les évaluateurs &amp;voient&#xa0;:</translation>
    </message>
    <message>
        <source>Anonymised review in:</source>
        <translation>Évaluation anonymisée pour&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewers never see candidates&apos; e-mail, phone or date of birth. In an anonymised round they see a code instead of the name, administration, nationality and position, as on the anonymised sheet.</source>
        <translation>Les évaluateurs ne voient jamais l&apos;adresse électronique, le téléphone ni la date de naissance des candidats. Dans un cycle anonymisé, ils voient un code à la place du nom, de l&apos;administration, de la nationalité et de la fonction, comme sur la fiche anonymisée.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source> &gt; </source>
        <translation> &gt; </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>(in the window)</source>
        <translation>(dans la fenêtre)</translation>
    </message>
</context>
<context>
    <name>SqlConnectionText</name>
    <message>
        <source>Could not open the file.</source>
        <translation>Impossible d&apos;ouvrir le fichier.</translation>
    </message>
    <message>
        <source>Could not prepare the file for use.</source>
        <translation>Impossible de préparer le fichier à l&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>Someone else is saving to the file right now. Nothing was changed; try again in a moment.</source>
        <translation>Quelqu&apos;un d&apos;autre enregistre dans le fichier en ce moment. Rien n&apos;a été modifié&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The file can only be read here (%1). Ask the officer who edits it, or check the folder&apos;s permissions.</source>
        <translation>Le fichier ne peut être que lu ici (%1). Adressez-vous à l&apos;agent qui le modifie, ou vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>The file is damaged (%1). Stop working in it and restore the latest backup.</source>
        <translation>Le fichier est endommagé (%1). Cessez d&apos;y travailler et restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and save again.</source>
        <translation>Le disque est plein. Rien n&apos;a été enregistré&#xa0;; libérez de l&apos;espace et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Check that the folder is reachable.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert (%1). Vérifiez que le dossier est accessible.</translation>
    </message>
    <message>
        <source>The file refused a value that breaks its rules (%1).</source>
        <translation>Le fichier a refusé une valeur contraire à ses règles (%1).</translation>
    </message>
    <message>
        <source>The file could not be written: the disk may be full, a quota or size limit reached, or the network share gone (%1). Nothing was saved; free some space or check the connection, then save again.</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: le disque est peut-être plein, un quota ou une taille limite atteint, ou le partage réseau perdu (%1). Rien n&apos;a été enregistré&#xa0;; libérez de l&apos;espace ou vérifiez la connexion, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>A save to the file was interrupted; its journal (the file of the same name ending in &quot;-journal&quot;) lies beside it. Do not copy, move or replace either file, and do not open it with other tools: the officer who edits it should open it for editing in Accreditation Desk, which checks that the journal belongs to the file before completing the save.</source>
        <translation>Un enregistrement dans le fichier a été interrompu&#xa0;; son journal (le fichier du même nom se terminant par «&#xa0;-journal&#xa0;») se trouve à côté. Ne copiez, ne déplacez et ne remplacez aucun des deux fichiers, et ne l&apos;ouvrez pas avec d&apos;autres outils&#xa0;: l&apos;agent qui le modifie doit l&apos;ouvrir en modification dans Accreditation Desk, qui vérifie que le journal appartient au fichier avant d&apos;achever l&apos;enregistrement.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Applied</source>
        <translation>Candidature déposée</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Sur liste d&apos;attente</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Confirmed for the workshop</source>
        <translation>Confirmé pour l&apos;atelier</translation>
    </message>
    <message>
        <source>Passed the workshop</source>
        <translation>Atelier réussi</translation>
    </message>
    <message>
        <source>Did not pass the workshop</source>
        <translation>Atelier non réussi</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Accrédité</translation>
    </message>
    <message>
        <source>Not accredited</source>
        <translation>Non accrédité</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désisté</translation>
    </message>
    <message>
        <source>Commitment ended</source>
        <translation>Engagement terminé</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retraité</translation>
    </message>
</context>
<context>
    <name>StageDecision</name>
    <message>
        <source>A decision must name its candidate.</source>
        <translation>Une décision doit désigner son candidat.</translation>
    </message>
    <message>
        <source>The candidate is already at the stage &quot;%1&quot;.</source>
        <translation>Le candidat se trouve déjà à l&apos;étape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A candidate cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Un candidat ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Write the reason for the decision; it is kept with the candidate&apos;s file.</source>
        <translation>Indiquez le motif de la décision&#xa0;; il est conservé dans le dossier du candidat.</translation>
    </message>
    <message>
        <source>A decision must say who took it.</source>
        <translation>Une décision doit indiquer qui l&apos;a prise.</translation>
    </message>
    <message>
        <source>A decision must say when it was taken.</source>
        <translation>Une décision doit indiquer quand elle a été prise.</translation>
    </message>
    <message>
        <source>Give both the date and the way the candidate was informed, or neither.</source>
        <translation>Indiquez à la fois la date et la manière dont le candidat a été informé, ou ni l&apos;une ni l&apos;autre.</translation>
    </message>
    <message>
        <source>The candidate cannot be informed before the decision was taken.</source>
        <translation>Le candidat ne peut pas être informé avant que la décision ait été prise.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>You can only read this file: you may not write to it or to its folder.</source>
        <translation>Vous ne pouvez que lire ce fichier&#xa0;: vous n&apos;avez pas le droit d&apos;écrire dans ce fichier ni dans son dossier.</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an older file format (%2). Open it once for editing, where you may write to it, so that it can be backed up and upgraded.</source>
        <translation>«&#xa0;%1&#xa0;» utilise un ancien format de fichier (%2). Ouvrez-le une fois en modification, là où vous pouvez y écrire, afin qu&apos;il puisse être sauvegardé et mis à niveau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2). It was left untouched; restore the latest backup.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2). Il n&apos;a pas été modifié&#xa0;; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a journal mode that is unsafe on shared folders.</source>
        <translation>«&#xa0;%1&#xa0;» utilise un mode de journal dangereux dans les dossiers partagés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds something Accreditation Desk did not create (%2), which could run hidden commands. It was left untouched; restore the latest backup.</source>
        <translation>«&#xa0;%1&#xa0;» contient des éléments qu&apos;Accreditation Desk n&apos;a pas créés (%2), qui pourraient exécuter des commandes cachées. Il n&apos;a pas été modifié&#xa0;; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The file was not upgraded because its backup failed: %1</source>
        <translation>Le fichier n&apos;a pas été mis à niveau, car sa sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not upgrade the file.</source>
        <translation>Impossible de mettre le fichier à niveau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name, or open the existing file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom, ou ouvrez le fichier existant.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>La vérification d&apos;intégrité n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The reference check could not run.</source>
        <translation>La vérification des références n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing record in %3.</source>
        <translation>La ligne %1 de %2 renvoie à un enregistrement absent de %3.</translation>
    </message>
    <message>
        <source>The file format version is not %1.</source>
        <translation>La version du format du fichier n&apos;est pas %1.</translation>
    </message>
    <message>
        <source>The file does not carry the Accreditation Desk application id.</source>
        <translation>Le fichier ne porte pas l&apos;identifiant d&apos;application d&apos;Accreditation Desk.</translation>
    </message>
    <message>
        <source>Could not save the competence profile.</source>
        <translation>Impossible d&apos;enregistrer le profil de compétences.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an older file format; an officer of the file must open it once to upgrade it.</source>
        <translation>«&#xa0;%1&#xa0;» utilise un ancien format de fichier&#xa0;; un agent du fichier doit l&apos;ouvrir une fois pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>You (%1) are not recorded in this file, so you can only read it. Ask an officer to add you.</source>
        <translation>Vous (%1) n&apos;êtes pas enregistré dans ce fichier&#xa0;; vous ne pouvez donc que le lire. Demandez à un agent de vous ajouter.</translation>
    </message>
    <message>
        <source>You are recorded as %1 in this file, so you can only read it.</source>
        <translation>Vous êtes enregistré en tant que %1 dans ce fichier&#xa0;; vous ne pouvez donc que le lire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. A restore writes a new file; choose a new name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Une restauration écrit un nouveau fichier&#xa0;; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>La sauvegarde ne peut pas être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not name the restored file &quot;%1&quot;.</source>
        <translation>Impossible de nommer le fichier restauré «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read the people of the file.</source>
        <translation>Impossible de lire les personnes du fichier.</translation>
    </message>
    <message>
        <source>Could not record the file&apos;s officer.</source>
        <translation>Impossible d&apos;enregistrer l&apos;agent du fichier.</translation>
    </message>
    <message>
        <source>%1 is editing this file on %2 (since %3); you can read it meanwhile.</source>
        <translation>%1 modifie ce fichier sur %2 (depuis %3)&#xa0;; vous pouvez le lire en attendant.</translation>
    </message>
    <message>
        <source>Nobody else holds the editing of this file.</source>
        <translation>Personne d&apos;autre n&apos;a la main sur la modification de ce fichier.</translation>
    </message>
    <message>
        <source>Only an officer who may write to the file can take over editing.</source>
        <translation>Seul un agent autorisé à écrire dans le fichier peut reprendre la main sur les modifications.</translation>
    </message>
    <message>
        <source>Someone else took over editing meanwhile (%1).</source>
        <translation>Quelqu&apos;un d&apos;autre a repris la main entre-temps (%1).</translation>
    </message>
    <message>
        <source>%1 is active again; editing was not taken over.</source>
        <translation>%1 est de nouveau actif&#xa0;; la reprise de la main n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>Only an officer can change the file. Nothing was saved.</source>
        <translation>Seul un agent peut modifier le fichier. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Could not read the file&apos;s identity.</source>
        <translation>Impossible de lire l&apos;identité du fichier.</translation>
    </message>
    <message>
        <source>The file has no identity recorded.</source>
        <translation>Aucune identité n&apos;est enregistrée pour le fichier.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>La sauvegarde automatique du jour a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the screening.</source>
        <translation>Impossible d&apos;enregistrer la présélection.</translation>
    </message>
    <message>
        <source>%1 took over editing on %2.</source>
        <translation>%1 a repris la main sur les modifications le %2.</translation>
    </message>
    <message>
        <source>You can only read the file now.</source>
        <translation>Vous ne pouvez désormais que lire le fichier.</translation>
    </message>
    <message>
        <source>Nothing was saved; you can only read the file now.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;; vous ne pouvez désormais que lire le fichier.</translation>
    </message>
    <message>
        <source>Could not read the outcomes.</source>
        <translation>Impossible de lire les résultats.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a journal beside it left by a save that was interrupted, and completing it did not leave a sound file (%2). The file and the journal were put back as they were; restore the latest backup under another name and keep both for your IT support.</source>
        <translation>«&#xa0;%1&#xa0;» est accompagné d&apos;un journal laissé par un enregistrement interrompu, et son achèvement n&apos;a pas produit un fichier sain (%2). Le fichier et le journal ont été remis dans leur état antérieur&#xa0;; restaurez la dernière sauvegarde sous un autre nom et conservez les deux pour votre support informatique.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; says it is in file format %2, but its tables are those of format %3: its format number was changed outside Accreditation Desk. It was left untouched; restore the latest backup.</source>
        <translation>«&#xa0;%1&#xa0;» indique être au format de fichier %2, mais ses tables sont celles du format %3&#xa0;: son numéro de format a été modifié en dehors d&apos;Accreditation Desk. Il n&apos;a pas été modifié&#xa0;; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 a été ajouté</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>%1 a été modifié</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Accreditation Desk file of format %2 whose layout is damaged (%3). It was left untouched; restore the latest backup.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier Accreditation Desk au format %2 dont la structure est endommagée (%3). Il n&apos;a pas été modifié&#xa0;; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read whole: the disk or the network share failed while reading it. Nothing was changed; open it again, and if this keeps happening, check the connection or copy the file to a local disk.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu en entier&#xa0;: le disque ou le partage réseau a fait défaut pendant la lecture. Rien n&apos;a été modifié&#xa0;; ouvrez-le de nouveau et, si le problème persiste, vérifiez la connexion ou copiez le fichier sur un disque local.</translation>
    </message>
    <message>
        <source>until you submit your own scores of this candidate</source>
        <translation>jusqu&apos;à ce que vous soumettiez vos propres notes pour ce candidat</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; ends at audit entry %2, which this file&apos;s history no longer holds: its history was rewritten after the backup was made, or the file was replaced by another copy.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» se termine à l&apos;entrée d&apos;audit %2, que l&apos;historique de ce fichier ne contient plus&#xa0;: son historique a été réécrit après la sauvegarde, ou le fichier a été remplacé par une autre copie.</translation>
    </message>
    <message>
        <source>The documents could not be checked.</source>
        <translation>Les documents n&apos;ont pas pu être vérifiés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2, %3</source>
        <translation>«&#xa0;%1&#xa0;» de %2, %3</translation>
    </message>
    <message>
        <source>A document (%1) no longer has the bytes it was stored with: its content was changed or damaged. Restore the latest backup.</source>
        <translation>Un document (%1) n&apos;a plus les octets avec lesquels il a été enregistré&#xa0;: son contenu a été modifié ou endommagé. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The document %1 no longer has the bytes it was stored with: its content was changed or damaged. Restore the latest backup, or attach the document again.</source>
        <translation>Le document %1 n&apos;a plus les octets avec lesquels il a été enregistré&#xa0;: son contenu a été modifié ou endommagé. Restaurez la dernière sauvegarde, ou joignez de nouveau le document.</translation>
    </message>
    <message>
        <source>The full-text search data is damaged (%1): searches may miss candidates. Restore the latest backup.</source>
        <translation>Les données de la recherche en texte intégral sont endommagées (%1)&#xa0;: les recherches peuvent omettre des candidats. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The history of &quot;%1&quot; no longer holds what this computer saw of it: entry %2 of its audit trail was %3. Its history was rewritten outside Accreditation Desk, or an older copy replaced the file. Compare it with its backups; once you know why, run `accreditation-desk-cli check FILE --accept-history` to stop this warning.</source>
        <translation>L&apos;historique de «&#xa0;%1&#xa0;» ne contient plus ce que cet ordinateur en a vu&#xa0;: l&apos;entrée %2 de son journal d&apos;audit a été %3. Son historique a été réécrit en dehors d&apos;Accreditation Desk, ou une copie plus ancienne a remplacé le fichier. Comparez-le avec ses sauvegardes&#xa0;; une fois la cause connue, lancez `accreditation-desk-cli check FILE --accept-history` pour faire cesser cet avertissement.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>Could not read the seats.</source>
        <translation>Impossible de lire les places.</translation>
    </message>
    <message>
        <source>Could not read the workshops&apos; steps.</source>
        <translation>Impossible de lire les phases des ateliers.</translation>
    </message>
    <message>
        <source>The candidate&apos;s data say a hard requirement is not met: %1</source>
        <translation>Les données du candidat indiquent qu&apos;une condition obligatoire n&apos;est pas remplie&#xa0;: %1</translation>
    </message>
    <message>
        <source>To judge otherwise, write why in the screening&apos;s note and save again.</source>
        <translation>Pour en juger autrement, indiquez pourquoi dans la note de présélection et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>To judge otherwise, give --reason TEXT saying why.</source>
        <translation>Pour en juger autrement, indiquez pourquoi avec --reason TEXT.</translation>
    </message>
    <message>
        <source>%1 was editing this file on %2 but shows no sign of life since %3. %4</source>
        <translation>%1 modifiait ce fichier sur %2 mais ne donne plus signe de vie depuis %3. %4</translation>
    </message>
    <message>
        <source>You can read it, or take over editing if they have stopped.</source>
        <translation>Vous pouvez le lire, ou reprendre la main sur les modifications si cette personne a cessé de travailler.</translation>
    </message>
    <message>
        <source>If they have stopped, take over editing with &quot;accreditation-desk-cli takeover %1&quot;, then run your command again.</source>
        <translation>Si cette personne a cessé de travailler, reprenez la main avec «&#xa0;accreditation-desk-cli takeover %1&#xa0;», puis relancez votre commande.</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;; check that the folder is writable.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;; vérifiez que vous pouvez écrire dans le dossier.</translation>
    </message>
    <message>
        <source>The table of the documents&apos; contents is damaged (%1): some documents can no longer be read. Restore the latest backup.</source>
        <translation>La table du contenu des documents est endommagée (%1)&#xa0;: certains documents ne peuvent plus être lus. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The search data could not be checked.</source>
        <translation>Les données de recherche n&apos;ont pas pu être vérifiées.</translation>
    </message>
    <message>
        <source>Could not read the applications.</source>
        <translation>Impossible de lire les candidatures.</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit your scores of a candidate (reviewers): final, and then you see the other reviewers&apos;.</source>
        <translation>Soumettre vos notes d&apos;un candidat (évaluateurs)&#xa0;: elles deviennent définitives, et vous voyez alors celles des autres évaluateurs.</translation>
    </message>
    <message>
        <source>Name the reviewer with --reviewer.</source>
        <translation>Désignez l&apos;évaluateur avec --reviewer.</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>selection</translation>
    </message>
    <message>
        <source>Submitted your scores of %1 in %2; the officer imports them from %3.</source>
        <translation>Vos notes de %1 dans %2 ont été soumises&#xa0;; l&apos;agent les importe depuis %3.</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Show how many applied, were selected, passed the workshop and were accredited, by region, gender and administration.</source>
        <translation>Afficher combien de personnes ont déposé une candidature, ont été retenues, ont réussi l&apos;atelier et ont été accréditées, par région, genre et administration.</translation>
    </message>
    <message>
        <source>Only the applicants of this workshop (id or words of its title).</source>
        <translation>Uniquement les candidats de cet atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Only this breakdown: region, gender or administration (all three when left out).</source>
        <translation>Uniquement cette répartition&#xa0;: region, gender ou administration (les trois si l&apos;option est omise).</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation>Afficher du JSON au lieu de tableaux.</translation>
    </message>
    <message>
        <source>--by takes region, gender or administration, not &quot;%1&quot;.</source>
        <translation>--by accepte region, gender ou administration, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Round summary: %1.</source>
        <translation>Synthèse du cycle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature déposée</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Passed the workshop</source>
        <translation>Atelier réussi</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Accrédité</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ensemble</translation>
    </message>
</context>
<context>
    <name>TakeoverCommand</name>
    <message>
        <source>Take over the editing of a file from someone who shows no sign of life for two minutes.</source>
        <translation>Reprendre la main sur la modification d&apos;un fichier à une personne qui ne donne plus signe de vie depuis deux minutes.</translation>
    </message>
    <message>
        <source>Nobody else holds the editing of this file; there is nothing to take over.</source>
        <translation>Personne d&apos;autre n&apos;a la main sur la modification de ce fichier&#xa0;; il n&apos;y a rien à reprendre.</translation>
    </message>
    <message>
        <source>Took over editing from %1 (no sign of life since %2). Run your command again.</source>
        <translation>Main reprise sur les modifications de %1 (aucun signe de vie depuis %2). Relancez votre commande.</translation>
    </message>
</context>
<context>
    <name>TextExtractor</name>
    <message>
        <source>The document holds no text.</source>
        <translation>Le document ne contient aucun texte.</translation>
    </message>
    <message>
        <source>A picture: its words cannot be searched without text recognition.</source>
        <translation>Une image&#xa0;: ses mots ne peuvent pas être recherchés sans reconnaissance de caractères.</translation>
    </message>
    <message>
        <source>The old Word format (.doc) is not read; attach it as DOCX, ODT or PDF to make it searchable.</source>
        <translation>L&apos;ancien format Word (.doc) n&apos;est pas lu&#xa0;; joignez le document au format DOCX, ODT ou PDF pour permettre la recherche.</translation>
    </message>
    <message>
        <source>Documents of type %1 are not read.</source>
        <translation>Les documents de type %1 ne sont pas lus.</translation>
    </message>
</context>
<context>
    <name>TextOutcome</name>
    <message>
        <source>Text indexed</source>
        <translation>Texte indexé</translation>
    </message>
    <message>
        <source>No text layer (scan or picture)</source>
        <translation>Pas de couche texte (document numérisé ou image)</translation>
    </message>
    <message>
        <source>Text not readable from this type</source>
        <translation>Texte illisible pour ce type</translation>
    </message>
    <message>
        <source>Text could not be read</source>
        <translation>Le texte n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>ToInformCommand</name>
    <message>
        <source>List the candidates still to be told of a decision.</source>
        <translation>Lister les candidats qui restent à informer d&apos;une décision.</translation>
    </message>
    <message>
        <source>Only this workshop (id or words of its title).</source>
        <translation>Uniquement cet atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Every candidate has been told of every decision.</source>
        <translation>Chaque candidat a été informé de chaque décision.</translation>
    </message>
    <message>
        <source>To tell</source>
        <translation>À communiquer</translation>
    </message>
    <message>
        <source>Latest decision</source>
        <translation>Dernière décision</translation>
    </message>
    <message>
        <source>(a correction)</source>
        <translation>(une correction)</translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier not told)</source>
        <translation>
            <numerusform>(%n antérieure non communiquée)</numerusform>
            <numerusform>(%n antérieures non communiquées)</numerusform>
        </translation>
    </message>
    <message>
        <source>now at &quot;%1&quot;</source>
        <translation>actuellement à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Unavailability</name>
    <message>
        <source>Choose the advisor who is unavailable.</source>
        <translation>Choisissez le conseiller indisponible.</translation>
    </message>
    <message>
        <source>Enter the first day the advisor is unavailable.</source>
        <translation>Saisissez le premier jour d&apos;indisponibilité du conseiller.</translation>
    </message>
    <message>
        <source>Enter the last day the advisor is unavailable.</source>
        <translation>Saisissez le dernier jour d&apos;indisponibilité du conseiller.</translation>
    </message>
    <message>
        <source>The period ends before it starts; check the dates.</source>
        <translation>La période se termine avant de commencer&#xa0;; vérifiez les dates.</translation>
    </message>
    <message>
        <source>Say why the advisor is unavailable (leave, duties at home).</source>
        <translation>Indiquez pourquoi le conseiller est indisponible (congé, obligations professionnelles).</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Le motif est trop long.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Accreditation Desk User Guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;Accreditation Desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Rechercher dans le guide (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Find in the Guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Searched again from the end</source>
        <translation>Recherche reprise depuis la fin</translation>
    </message>
    <message>
        <source>Searched again from the top</source>
        <translation>Recherche reprise depuis le début</translation>
    </message>
    <message>
        <source>Not in the guide</source>
        <translation>Introuvable dans le guide</translation>
    </message>
</context>
<context>
    <name>WeekCounting</name>
    <message>
        <source>Working days (five make a week)</source>
        <translation>Jours ouvrables (cinq font une semaine)</translation>
    </message>
    <message>
        <source>A started week counts as a whole week</source>
        <translation>Une semaine entamée compte comme une semaine entière</translation>
    </message>
    <message>
        <source>Working days, a day online counting half</source>
        <translation>Jours ouvrables, une journée en ligne comptant pour moitié</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Accreditation Desk</source>
        <translation>Accreditation Desk</translation>
    </message>
    <message>
        <source>The accreditation of WCO IPR Technical and Operational Advisors, from the application to the pool, in one file that you keep. Create a file, open one, or try the demo.</source>
        <translation>L&apos;accréditation des conseillers techniques et opérationnels (CTO) de l&apos;OMD en matière de DPI, de la candidature au vivier, dans un fichier que vous conservez. Créez un fichier, ouvrez-en un, ou essayez la démonstration.</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>&amp;Nouveau fichier…</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>An empty file for your own call: its candidates, workshops, reviewers and advisors.</source>
        <translation>Un fichier vide pour votre propre appel à candidatures&#xa0;: ses candidats, ateliers, évaluateurs et conseillers.</translation>
    </message>
    <message>
        <source>A file (.accred) that you or a colleague already keep.</source>
        <translation>Un fichier (.accred) que vous-même ou un collègue tenez déjà.</translation>
    </message>
    <message>
        <source>Sample data to try the program: the Kashiwa 2023 workshop and fourteen fictional candidates.</source>
        <translation>Des données d&apos;exemple pour essayer le programme&#xa0;: l&apos;atelier de Kashiwa 2023 et quatorze candidats fictifs.</translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation>Fichiers &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the file.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir le fichier.</translation>
    </message>
    <message>
        <source>No file opened yet: the files you open will be listed here.</source>
        <translation>Aucun fichier ouvert pour l&apos;instant&#xa0;: les fichiers que vous ouvrirez seront listés ici.</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>WholeFileCheck</name>
    <message>
        <source>&quot;%1&quot; could not be read whole.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu en entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged in a part that opening the file does not read. Nothing more can be saved to it. %2

What was found: %3</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé dans une partie que l&apos;ouverture du fichier ne lit pas. Plus rien ne peut y être enregistré. %2

Ce qui a été trouvé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Restore the latest backup (File &gt; Restore from Backup…) and open the restored file.</source>
        <translation>Restaurez la dernière sauvegarde (Fichier &gt; Restaurer depuis une sauvegarde…) et ouvrez le fichier restauré.</translation>
    </message>
    <message>
        <source>Run &quot;accreditation-desk-cli check %1&quot; for the whole report, then restore the latest backup with &quot;accreditation-desk-cli restore&quot;.</source>
        <translation>Lancez «&#xa0;accreditation-desk-cli check %1&#xa0;» pour obtenir le rapport complet, puis restaurez la dernière sauvegarde avec «&#xa0;accreditation-desk-cli restore&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Donnez un titre à l&apos;atelier.</translation>
    </message>
    <message>
        <source>The title or venue is too long.</source>
        <translation>Le titre ou le lieu est trop long.</translation>
    </message>
    <message>
        <source>Enter the first day of the workshop.</source>
        <translation>Saisissez le premier jour de l&apos;atelier.</translation>
    </message>
    <message>
        <source>A workshop lasts between 1 and 14 days (the call plans four).</source>
        <translation>Un atelier dure de 1 à 14 jours (l&apos;appel en prévoit quatre).</translation>
    </message>
    <message>
        <source>A workshop takes between 1 and %1 participants; the call limits it to %1.</source>
        <translation>Un atelier accueille de 1 à %1 participants&#xa0;; l&apos;appel le limite à %1.</translation>
    </message>
    <message>
        <source>An assessor in the list has no name.</source>
        <translation>Un évaluateur de la liste n&apos;a pas de nom.</translation>
    </message>
</context>
<context>
    <name>WorkshopAddCommand</name>
    <message>
        <source>Add an accreditation workshop (four days, 10 seats by default).</source>
        <translation>Ajouter un atelier d&apos;accréditation (quatre jours, 10 places par défaut).</translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation>Le titre de l&apos;atelier.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>The first day, as YYYY-MM-DD.</source>
        <translation>Le premier jour, au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Where it takes place.</source>
        <translation>Le lieu où il se déroule.</translation>
    </message>
    <message>
        <source>VENUE</source>
        <translation>VENUE</translation>
    </message>
    <message>
        <source>The WCO region: %1.</source>
        <translation>La région OMD&#xa0;: %1.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>Seats, at most 10 (default 10).</source>
        <translation>Places, au maximum 10 (10 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many days (default 4).</source>
        <translation>Nombre de jours (4 par défaut).</translation>
    </message>
    <message>
        <source>An assessor; repeat for several.</source>
        <translation>Un évaluateur&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--start must be a date as YYYY-MM-DD.</source>
        <translation>--start doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--region must be one of: %1.</source>
        <translation>--region doit valoir l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;, %2 to %3, %4 seats (%5).</source>
        <translation>«&#xa0;%1&#xa0;» ajouté, du %2 au %3, %4 places (%5).</translation>
    </message>
</context>
<context>
    <name>WorkshopCriteriaCommand</name>
    <message>
        <source>List a workshop&apos;s own assessment criteria, or add, rename or remove one.</source>
        <translation>Lister les critères d&apos;évaluation propres à un atelier, ou en ajouter, renommer ou retirer un.</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>Add a criterion named NAME at the end of the form.</source>
        <translation>Ajouter un critère nommé NAME à la fin de la grille.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Remove the criterion with this key or name; its scores stay in the file but leave the form.</source>
        <translation>Retirer le critère portant cette clé ou ce nom&#xa0;; ses notes restent dans le fichier mais sortent de la grille.</translation>
    </message>
    <message>
        <source>KEY_OR_NAME</source>
        <translation>KEY_OR_NAME</translation>
    </message>
    <message>
        <source>Change the name or description of the criterion with this key or name; it keeps its key and its scores.</source>
        <translation>Modifier le nom ou la description du critère portant cette clé ou ce nom&#xa0;; il conserve sa clé et ses notes.</translation>
    </message>
    <message>
        <source>The new name (with --rename).</source>
        <translation>Le nouveau nom (avec --rename).</translation>
    </message>
    <message>
        <source>What a reviewer looks for (with --add or --rename).</source>
        <translation>Ce qu&apos;un évaluateur examine (avec --add ou --rename).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>Run &quot;accreditation-desk-cli workshop-criteria --help&quot; for usage.</source>
        <translation>Lancez «&#xa0;accreditation-desk-cli workshop-criteria --help&#xa0;» pour connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>One change a call: give only one of --add, --remove and --rename.</source>
        <translation>Une modification par appel&#xa0;: indiquez une seule des options --add, --remove et --rename.</translation>
    </message>
    <message>
        <source>--name goes with --rename (with --add, the name is --add&apos;s value).</source>
        <translation>--name accompagne --rename (avec --add, le nom est la valeur de --add).</translation>
    </message>
    <message>
        <source>--description goes with --add or --rename.</source>
        <translation>--description accompagne --add ou --rename.</translation>
    </message>
    <message>
        <source>--rename needs --name, --description or both.</source>
        <translation>--rename exige --name, --description ou les deux.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (key %2) to %3.</source>
        <translation>«&#xa0;%1&#xa0;» (clé %2) ajouté à %3.</translation>
    </message>
    <message>
        <source>Several criteria of %1 are named &quot;%2&quot;; give the key instead.</source>
        <translation>Plusieurs critères de %1 s&apos;appellent «&#xa0;%2&#xa0;»&#xa0;; indiquez plutôt la clé.</translation>
    </message>
    <message>
        <source>%1 has no criterion &quot;%2&quot;. Run &quot;workshop-criteria FILE WORKSHOP&quot; for the list.</source>
        <translation>%1 n&apos;a pas de critère «&#xa0;%2&#xa0;». Lancez «&#xa0;workshop-criteria FILE WORKSHOP&#xa0;» pour obtenir la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Removed &quot;%1&quot; from %2; the %n score(s) given under it stay in the file but leave the form.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» retiré de %2&#xa0;; la %n note attribuée à ce titre reste dans le fichier mais sort de la grille.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» retiré de %2&#xa0;; les %n notes attribuées à ce titre restent dans le fichier mais sortent de la grille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from %2.</source>
        <translation>«&#xa0;%1&#xa0;» retiré de %2.</translation>
    </message>
    <message>
        <source>Changed &quot;%1&quot; (key %2) of %3.</source>
        <translation>«&#xa0;%1&#xa0;» (clé %2) de %3 modifié.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Points à examiner</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 has no criteria of its own: its participants are scored on the competence profile only.</source>
        <translation>%1 n&apos;a pas de critères propres&#xa0;: ses participants sont notés uniquement sur le profil de compétences.</translation>
    </message>
</context>
<context>
    <name>WorkshopCriteriaView</name>
    <message>
        <source>The workshop&apos;s own criteria, in the order of the scoring form</source>
        <translation>Critères propres à l&apos;atelier, dans l&apos;ordre de la grille de notation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Points à examiner</translation>
    </message>
    <message>
        <source>Scores given</source>
        <translation>Notes attribuées</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Name of the criterion</source>
        <translation>Nom du critère</translation>
    </message>
    <message>
        <source>Short, as the scoring form shows it</source>
        <translation>Court, tel que la grille de notation l&apos;affiche</translation>
    </message>
    <message>
        <source>What a reviewer looks for</source>
        <translation>Ce qu&apos;un évaluateur examine</translation>
    </message>
    <message>
        <source>What a reviewer must see to rate this criterion</source>
        <translation>Ce qu&apos;un évaluateur doit observer pour apprécier ce critère</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>What to loo&amp;k for:</source>
        <translation>Points à e&amp;xaminer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>&amp;Ajouter un critère</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>Retirer le critère sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected criterion up</source>
        <translation>Monter le critère sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected criterion down</source>
        <translation>Descendre le critère sélectionné</translation>
    </message>
    <message>
        <source>&amp;Save Criteria</source>
        <translation>&amp;Enregistrer les critères</translation>
    </message>
    <message>
        <source>Save the workshop&apos;s criteria</source>
        <translation>Enregistrer les critères de l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Drop the changes not saved</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>the criteria of the workshop</source>
        <translation>les critères de l&apos;atelier</translation>
    </message>
    <message>
        <source>Choose a workshop to see the criteria its participants are scored on.</source>
        <translation>Choisissez un atelier pour voir les critères sur lesquels ses participants sont notés.</translation>
    </message>
    <message>
        <source>The criteria this workshop&apos;s participants are scored on, after the competence profile&apos;s. This session only reads the file.</source>
        <translation>Les critères sur lesquels les participants de cet atelier sont notés, après ceux du profil de compétences. Cette session ne fait que lire le fichier.</translation>
    </message>
    <message>
        <source>The criteria this workshop&apos;s participants are scored on, after the competence profile&apos;s, in this order. Changes reach the scoring forms when saved.</source>
        <translation>Les critères sur lesquels les participants de cet atelier sont notés, après ceux du profil de compétences, dans cet ordre. Les modifications parviennent aux grilles de notation une fois enregistrées.</translation>
    </message>
    <message>
        <source>Criteria not saved</source>
        <translation>Critères non enregistrés</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>Retirer le critère</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) were already given under &quot;%1&quot;. Once the criteria are saved, those scores leave the scoring form; they stay in the file. Remove it?</source>
        <translation>
            <numerusform>%n note a déjà été attribuée au titre de «&#xa0;%1&#xa0;». Une fois les critères enregistrés, cette note sort de la grille de notation&#xa0;; elle reste dans le fichier. Retirer le critère&#xa0;?</numerusform>
            <numerusform>%n notes ont déjà été attribuées au titre de «&#xa0;%1&#xa0;». Une fois les critères enregistrés, ces notes sortent de la grille de notation&#xa0;; elles restent dans le fichier. Retirer le critère&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>New Workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Edit Workshop</source>
        <translation>Modifier l&apos;atelier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>No particular region</source>
        <translation>Aucune région en particulier</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>The call allows at most %1 participants a workshop.</source>
        <translation>L&apos;appel autorise au maximum %1 participants par atelier.</translation>
    </message>
    <message>
        <source>Assessors, one a line</source>
        <translation>Évaluateurs, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>Pla&amp;ces&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assessors (one a line):</source>
        <translation>Év&amp;aluateurs (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Workshop not saved</source>
        <translation>Atelier non enregistré</translation>
    </message>
</context>
<context>
    <name>WorkshopEditCommand</name>
    <message>
        <source>Change a workshop&apos;s title, dates, venue, region, seats or assessors (officers only).</source>
        <translation>Modifier le titre, les dates, le lieu, la région, les places ou les évaluateurs d&apos;un atelier (agents uniquement).</translation>
    </message>
    <message>
        <source>The workshop (id or words of its title).</source>
        <translation>L&apos;atelier (identifiant ou mots de son titre).</translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation>Le titre de l&apos;atelier.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>The first day, as YYYY-MM-DD.</source>
        <translation>Le premier jour, au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Where it takes place.</source>
        <translation>Le lieu où il se déroule.</translation>
    </message>
    <message>
        <source>VENUE</source>
        <translation>VENUE</translation>
    </message>
    <message>
        <source>The WCO region: %1 (an empty value leaves it unsaid).</source>
        <translation>La région OMD&#xa0;: %1 (une valeur vide la laisse non précisée).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>Seats, at most 10, never fewer than the seats taken.</source>
        <translation>Places, 10 au maximum, jamais moins que les places occupées.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many days.</source>
        <translation>Nombre de jours.</translation>
    </message>
    <message>
        <source>An assessor; repeat for several. Replaces the list.</source>
        <translation>Un évaluateur&#xa0;; à répéter pour plusieurs. Remplace la liste.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Empties the list of assessors.</source>
        <translation>Vide la liste des évaluateurs.</translation>
    </message>
    <message>
        <source>Nothing to change: give what to change with --title, --start, --venue, --region, --capacity, --days or --assessor.</source>
        <translation>Rien à modifier&#xa0;: indiquez ce qu&apos;il faut modifier avec --title, --start, --venue, --region, --capacity, --days ou --assessor.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Give either --assessor or --no-assessors, not both.</source>
        <translation>Indiquez soit --assessor, soit --no-assessors, mais pas les deux.</translation>
    </message>
    <message>
        <source>Nothing was changed for &quot;%1&quot;: %2</source>
        <translation>Rien n&apos;a été modifié pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;, %2 to %3, %4 seats.</source>
        <translation>Atelier «&#xa0;%1&#xa0;» enregistré, du %2 au %3, %4 places.</translation>
    </message>
</context>
<context>
    <name>WorkshopResults</name>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Aucune décision pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1, %2, informed %3</source>
        <translation>%1, %2, informé le %3</translation>
    </message>
    <message>
        <source>%1, %2, not yet informed</source>
        <translation>%1, %2, pas encore informé</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
</context>
<context>
    <name>WorkshopResultsSheet</name>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Stage 2 results</source>
        <translation>Résultats de l&apos;étape 2</translation>
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
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Submitted ratings on the workshop&apos;s own criteria, 0 to 4; the mean of the assessors&apos; ratings; the officer&apos;s consensus where recorded.</source>
        <translation>Appréciations soumises sur les critères propres à l&apos;atelier, de 0 à 4&#xa0;; moyenne des appréciations des évaluateurs&#xa0;; consensus de l&apos;agent s&apos;il a été enregistré.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Others&apos; ratings and the consensus show once your own form is submitted.</source>
        <translation>Les appréciations des autres et le consensus s&apos;affichent une fois votre propre grille soumise.</translation>
    </message>
    <message>
        <source>No criteria</source>
        <translation>Aucun critère</translation>
    </message>
    <message>
        <source>Nobody has taken part yet: the participants are those confirmed for the workshop.</source>
        <translation>Personne n&apos;a encore participé&#xa0;: les participants sont les candidats confirmés pour l&apos;atelier.</translation>
    </message>
</context>
<context>
    <name>WorkshopResultsView</name>
    <message>
        <source>Print Results</source>
        <translation>Imprimer les résultats</translation>
    </message>
    <message>
        <source>Print the workshop&apos;s Stage 2 results</source>
        <translation>Imprimer les résultats de l&apos;étape 2 de l&apos;atelier</translation>
    </message>
    <message>
        <source>Stage 2 Results</source>
        <translation>Résultats de l&apos;étape 2</translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>Choisissez d&apos;abord un atelier.</translation>
    </message>
    <message>
        <source>stage-2-results.pdf</source>
        <translation>resultats-etape-2.pdf</translation>
    </message>
    <message>
        <source>Stage 2 results</source>
        <translation>Résultats de l&apos;étape 2</translation>
    </message>
    <message>
        <source>Choose a workshop above to see its Stage 2 results.</source>
        <translation>Choisissez un atelier ci-dessus pour afficher ses résultats de l&apos;étape 2.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s): each assessor&apos;s submitted rating on the workshop&apos;s own criteria (0 to 4), their mean, and the consensus where recorded.</source>
        <translation>
            <numerusform>%n participant&#xa0;: appréciation soumise par chaque évaluateur sur les critères propres à l&apos;atelier (de 0 à 4), leur moyenne et le consensus s&apos;il a été enregistré.</numerusform>
            <numerusform>%n participants&#xa0;: appréciation soumise par chaque évaluateur sur les critères propres à l&apos;atelier (de 0 à 4), leur moyenne et le consensus s&apos;il a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has taken part yet: the participants are those confirmed for the workshop.</source>
        <translation>Personne n&apos;a encore participé&#xa0;: les participants sont les candidats confirmés pour l&apos;atelier.</translation>
    </message>
    <message>
        <source>The workshop has no criteria of its own: add them in the Criteria tab.</source>
        <translation>L&apos;atelier n&apos;a pas de critères propres&#xa0;: ajoutez-les dans l&apos;onglet Critères.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Others&apos; ratings hidden until you submit your form</source>
        <translation>Appréciations des autres masquées jusqu&apos;à ce que vous soumettiez votre grille</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>Could not read the workshops.</source>
        <translation>Impossible de lire les ateliers.</translation>
    </message>
    <message>
        <source>Could not read the workshop.</source>
        <translation>Impossible de lire l&apos;atelier.</translation>
    </message>
    <message>
        <source>Could not count the workshop&apos;s seats.</source>
        <translation>Impossible de compter les places de l&apos;atelier.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) hold a seat in &quot;%1&quot;; the capacity cannot be less. Hand seats back first (waitlist or withdraw, with a reason).</source>
        <translation>
            <numerusform>%n participant occupe une place dans «&#xa0;%1&#xa0;»&#xa0;; la capacité ne peut pas être inférieure. Libérez d&apos;abord des places (liste d&apos;attente ou désistement, avec un motif).</numerusform>
            <numerusform>%n participants occupent une place dans «&#xa0;%1&#xa0;»&#xa0;; la capacité ne peut pas être inférieure. Libérez d&apos;abord des places (liste d&apos;attente ou désistement, avec un motif).</numerusform>
        </translation>
    </message>
    <message>
        <source>the workshop &quot;%1&quot;</source>
        <translation>l&apos;atelier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not save the workshop&apos;s criteria.</source>
        <translation>Impossible d&apos;enregistrer les critères de l&apos;atelier.</translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s criteria.</source>
        <translation>Impossible de lire les critères de l&apos;atelier.</translation>
    </message>
    <message>
        <source>Someone else changed this workshop&apos;s criteria after you read them; nothing was saved. Look at them again and make your change on top.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié les critères de cet atelier après que vous les avez lus&#xa0;; rien n&apos;a été enregistré. Consultez-les de nouveau et apportez votre modification par-dessus.</translation>
    </message>
    <message>
        <source>The workshop is no longer in the file.</source>
        <translation>L&apos;atelier ne figure plus dans le fichier.</translation>
    </message>
    <message>
        <source>Every workshop criterion needs a key without &apos;:&apos; and a name.</source>
        <translation>Chaque critère d&apos;atelier doit avoir une clé sans «&#xa0;:&#xa0;» et un nom.</translation>
    </message>
    <message>
        <source>The criterion key &quot;%1&quot; is used twice.</source>
        <translation>La clé de critère «&#xa0;%1&#xa0;» est utilisée deux fois.</translation>
    </message>
    <message>
        <source>Could not count the scores of the workshop&apos;s criteria.</source>
        <translation>Impossible de compter les notes des critères de l&apos;atelier.</translation>
    </message>
    <message>
        <source>Could not read the workshops&apos; seats.</source>
        <translation>Impossible de lire les places des ateliers.</translation>
    </message>
    <message>
        <source>Could not read the workshop&apos;s participants.</source>
        <translation>Impossible de lire les participants de l&apos;atelier.</translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s seat.</source>
        <translation>Impossible de lire la place du candidat.</translation>
    </message>
    <message>
        <source>%1 is at &quot;%2&quot;: their seat is handed back by a decision (waitlisted, not selected or withdrawn), with its reason.</source>
        <translation>%1 se trouve à «&#xa0;%2&#xa0;»&#xa0;: sa place est libérée par une décision (liste d&apos;attente, non retenu ou désistement), avec son motif.</translation>
    </message>
    <message>
        <source>Could not free the seat.</source>
        <translation>Impossible de libérer la place.</translation>
    </message>
    <message>
        <source>The workshop is not in the file.</source>
        <translation>L&apos;atelier ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <source>Could not record the application.</source>
        <translation>Impossible d&apos;enregistrer la candidature.</translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s application.</source>
        <translation>Impossible de lire la candidature du candidat.</translation>
    </message>
    <message>
        <source>Could not read the applications.</source>
        <translation>Impossible de lire les candidatures.</translation>
    </message>
    <message>
        <source>Could not read the candidate.</source>
        <translation>Impossible de lire le candidat.</translation>
    </message>
    <message>
        <source>The candidate is not in the file.</source>
        <translation>Le candidat ne figure pas dans le fichier.</translation>
    </message>
    <message>
        <source>%1 holds a seat in &quot;%2&quot;: the application follows the seat. Hand the seat back first (%3).</source>
        <translation>%1 a une place dans «&#xa0;%2&#xa0;»&#xa0;: la candidature suit la place. Libérez d&apos;abord la place (%3).</translation>
    </message>
    <message>
        <source>a decision in the Workshops area, or Hand Seat Back</source>
        <translation>une décision dans l&apos;espace Ateliers, ou Libérer la place</translation>
    </message>
    <message>
        <source>&quot;advance&quot; with a reason, or &quot;enrol --none&quot;</source>
        <translation>«&#xa0;advance&#xa0;» avec un motif, ou «&#xa0;enrol --none&#xa0;»</translation>
    </message>
    <message>
        <source>The workshop applied to is not in the file.</source>
        <translation>L&apos;atelier visé ne figure pas dans le fichier.</translation>
    </message>
</context>
<context>
    <name>WorkshopsCommand</name>
    <message>
        <source>List the workshops with their seats taken.</source>
        <translation>Lister les ateliers avec leurs places occupées.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshop shown</source>
        <translation>Atelier affiché</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation>Places occupées</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Edit Workshop…</source>
        <translation>&amp;Modifier l&apos;atelier…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Candidate to enrol</source>
        <translation>Candidat à inscrire</translation>
    </message>
    <message>
        <source>E&amp;nrol:</source>
        <translation>In&amp;scrire&#xa0;:</translation>
    </message>
    <message>
        <source>Give a &amp;Seat</source>
        <translation>Attri&amp;buer une place</translation>
    </message>
    <message>
        <source>&amp;Hand Seat Back</source>
        <translation>Lib&amp;érer la place</translation>
    </message>
    <message>
        <source>For an applicant only; a selected candidate leaves by a decision, with its reason.</source>
        <translation>Réservé aux candidats à l&apos;étape de candidature&#xa0;; un candidat retenu ne sort que par une décision, avec son motif.</translation>
    </message>
    <message>
        <source>Candidates to inform</source>
        <translation>Candidats à informer</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informé le</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Informé par</translation>
    </message>
    <message>
        <source>Record as &amp;Informed</source>
        <translation>Marquer comme inf&amp;ormé</translation>
    </message>
    <message>
        <source>Told &amp;on:</source>
        <translation>In&amp;formé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>Motif pour %1</translation>
    </message>
    <message>
        <source>Why, when closing with candidates still to be told, or when reopening</source>
        <translation>Pourquoi, en cas de clôture alors que des candidats restent à informer, ou de réouverture</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>To &amp;Inform</source>
        <translation>À &amp;informer</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>P&amp;hases</translation>
    </message>
    <message>
        <source>All workshops and applicants</source>
        <translation>Tous les ateliers et candidats</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 / %4)</source>
        <translation>%1 — %2 (%3 / %4)</translation>
    </message>
    <message>
        <source>Seats: &lt;b&gt;%1 / %2&lt;/b&gt;, %3 to %4</source>
        <translation>Places&#xa0;: &lt;b&gt;%1 / %2&lt;/b&gt;, du %3 au %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>To &amp;Inform (%1)</source>
        <translation>À &amp;informer (%1)</translation>
    </message>
    <message>
        <source>Choose a workshop to close its steps.</source>
        <translation>Choisissez un atelier pour clore ses phases.</translation>
    </message>
    <message>
        <source>Closed on %1 by %2.</source>
        <translation>Close le %1 par %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) were still to be told: %1</source>
        <translation>
            <numerusform>%n candidat restait à informer&#xa0;: %1</numerusform>
            <numerusform>%n candidats restaient à informer&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open (reopened: %1).</source>
        <translation>Ouverte (rouverte&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>Ouverte.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Rouvrir %1</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Clore %1</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Choose a candidate from the list first: type part of their name and pick them.</source>
        <translation>Choisissez d&apos;abord un candidat dans la liste&#xa0;: tapez une partie de son nom et sélectionnez-le.</translation>
    </message>
    <message>
        <source>No seat given</source>
        <translation>Aucune place attribuée</translation>
    </message>
    <message>
        <source>Seat not handed back</source>
        <translation>Place non libérée</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Step not reopened</source>
        <translation>Phase non rouverte</translation>
    </message>
    <message>
        <source>Step not closed</source>
        <translation>Phase non close</translation>
    </message>
    <message>
        <source>Views of the workshop</source>
        <translation>Vues de l&apos;atelier</translation>
    </message>
    <message>
        <source>Re&amp;viewers</source>
        <translation>É&amp;valuateurs</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Imprim&amp;er</translation>
    </message>
    <message>
        <source>Print the workshop&apos;s sheets, participant list or letters</source>
        <translation>Imprimer les fiches, la liste des participants ou les lettres de l&apos;atelier</translation>
    </message>
    <message>
        <source>Se&amp;lection</source>
        <translation>Sé&amp;lection</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Critères</translation>
    </message>
    <message>
        <source>Hand the seat back?</source>
        <translation>Libérer la place&#xa0;?</translation>
    </message>
    <message>
        <source>Hand back the seat of %1 in &quot;%2&quot;? They leave the workshop&apos;s participants and the seat becomes free.</source>
        <translation>Libérer la place de %1 dans «&#xa0;%2&#xa0;»&#xa0;? Le candidat quitte les participants de l&apos;atelier et la place devient libre.</translation>
    </message>
    <message>
        <source>Record as informed?</source>
        <translation>Marquer comme informé&#xa0;?</translation>
    </message>
    <message>
        <source>Record that %1 was told of the decisions awaiting them, on %2 by %3?</source>
        <translation>Enregistrer que %1 a été informé des décisions le concernant, le %2 par %3&#xa0;?</translation>
    </message>
    <message>
        <source>Nobody of this workshop is waiting to hear from you. Each decision recorded on the board (selected, waitlisted, passed…) is listed here until you record how the candidate was told.</source>
        <translation>Personne dans cet atelier n&apos;attend de nouvelles de votre part. Chaque décision enregistrée sur le tableau (retenu, sur liste d&apos;attente, atelier réussi…) figure ici jusqu&apos;à ce que vous enregistriez la façon dont le candidat en a été informé.</translation>
    </message>
    <message>
        <source>Show the Board</source>
        <translation>Afficher le tableau</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Rés&amp;ultats</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>S&amp;ynthèse</translation>
    </message>
    <message>
        <source>Scores &amp;Grid</source>
        <translation>&amp;Grille des notes</translation>
    </message>
    <message>
        <source>Application moved</source>
        <translation>Candidature déplacée</translation>
    </message>
    <message>
        <source>%1 had applied to &quot;%2&quot;. A seat is in the workshop applied to, so the application moved to &quot;%3&quot; with the seat.</source>
        <translation>%1 avait posé sa candidature à «&#xa0;%2&#xa0;». Une place est toujours dans l&apos;atelier auquel on a posé sa candidature&#xa0;: la candidature passe donc à «&#xa0;%3&#xa0;» avec la place.</translation>
    </message>
</context>
<context>
    <name>WriteTransactionText</name>
    <message>
        <source>Could not start saving.</source>
        <translation>Impossible de commencer l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Could not save.</source>
        <translation>Impossible d&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>The list has %1 rows; a spreadsheet holds at most %2. Narrow it with filters, or export it as CSV.</source>
        <translation>La liste compte %1 lignes&#xa0;; un tableur en contient au maximum %2. Restreignez-la avec des filtres, ou exportez-la au format CSV.</translation>
    </message>
    <message>
        <source>Could not make a temporary folder to write the spreadsheet in: %1.</source>
        <translation>Impossible de créer un dossier temporaire pour y écrire le tableur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not start the spreadsheet (out of memory?).</source>
        <translation>Impossible de commencer l&apos;écriture du tableur (mémoire insuffisante&#xa0;?).</translation>
    </message>
    <message>
        <source>Could not write the spreadsheet: %1.</source>
        <translation>Impossible d&apos;écrire le tableur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not read back the spreadsheet just written: %1.</source>
        <translation>Impossible de relire le tableur qui vient d&apos;être écrit&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: accreditation-desk-cli COMMAND [OPTIONS] FILE ...</source>
        <translation>Utilisation&#xa0;: accreditation-desk-cli COMMAND [OPTIONS] FILE ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &quot;accreditation-desk-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;accreditation-desk-cli COMMAND --help&#xa0;» pour connaître les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;accreditation-desk-cli --help&quot; for the list.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez «&#xa0;accreditation-desk-cli --help&#xa0;» pour obtenir la liste.</translation>
    </message>
    <message>
        <source>Accreditation of WCO IPR Technical and Operational Advisors.</source>
        <translation>Accréditation des conseillers techniques et opérationnels (CTO) de l&apos;OMD en matière de DPI.</translation>
    </message>
    <message>
        <source>Quit as soon as the list of candidates is shown, to time start-up.</source>
        <translation>Quitter dès que la liste des candidats est affichée, pour mesurer le temps de démarrage.</translation>
    </message>
    <message>
        <source>The file to open; the welcome page when omitted.</source>
        <translation>Le fichier à ouvrir&#xa0;; la page d&apos;accueil s&apos;il est omis.</translation>
    </message>
    <message>
        <source>Open the demo file (sample data), creating it in the data folder if needed.</source>
        <translation>Ouvrir le fichier de démonstration (données d&apos;exemple), en le créant si nécessaire dans le dossier de données.</translation>
    </message>
</context>
</TS>

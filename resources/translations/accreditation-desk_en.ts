<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>CandidatesCommand</name>
    <message>
        <source>List the candidates of a file with their stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Accreditation Desk file.</source>
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
    <name>FileDialog</name>
    <message>
        <source>Accreditation Desk files (*.accred);;All files (*)</source>
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
        <source>&quot;%1&quot; is a folder, not an Accreditation Desk file.</source>
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
        <source>&quot;%1&quot; is not an Accreditation Desk file. Choose a file ending in .accred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cut short (only %2 bytes). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not an Accreditation Desk file. It was left untouched.</source>
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
        <source>&lt;h2&gt;Accreditation Desk&lt;/h2&gt;&lt;p&gt;Open an accreditation file, or create a new one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new file…</source>
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
        <source>Cannot read the candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln candidate</numerusform>
            <numerusform>%Ln candidates</numerusform>
        </translation>
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
        <source>Accreditation Desk — %1</source>
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
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Show the competence profile: its groups, criteria and their kinds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Accreditation Desk file.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>A save to the file was interrupted and must be completed by opening the file for editing. Ask the officer who edits it to open it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else is saving to the file right now. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can only be read here (%1). Ask the officer who edits it, or check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk or the network share failed (%1). Nothing was saved; check the connection and try again.</source>
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
        <source>&quot;%1&quot; lacks parts of an Accreditation Desk file. It was left untouched; restore the latest backup.</source>
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
        <source>Could not create &quot;%1&quot;; check that the name is free and the folder writable.</source>
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
        <source>The pipeline check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded at stage &quot;%2&quot; but their decisions lead to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision about %1 starts at &quot;%2&quot; although they were at &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Could not read the candidates.</source>
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
        <source>%1 was changed or removed by someone else after you opened it. Your changes were not saved; reload and make them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the competence profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the competence profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no competence profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the candidate&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate of this decision is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now at &quot;%2&quot;, not &quot;%3&quot;: someone decided meanwhile. Reload and decide again.</source>
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
        <source>The file to open; the demo file when omitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

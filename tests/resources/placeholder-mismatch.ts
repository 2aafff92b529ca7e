<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Fixture</name>
    <message>
        <source>%1 of %2 candidates</source>
        <translation>%1 candidats</translation>
    </message>
</context>
</TS>

// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of People, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::people() itself (#15).
#include "People.h"
#include "Store.h"

#include "Person.h"

Result<QList<Person>> Store::people() const
{
    return m_people->all();
}
Result<Person> Store::savePerson(const Person& person)
{
    return m_people->save(person);
}

/**
 * Officialese ("ambtelijke taal") with a plainer word, after the word lists of the Dutch government's
 * plain-language guidance (Direct Duidelijk, "Klare taal"). Small on purpose: words our writers use.
 * Keys are lower case; a key with a space is a phrase.
 */
export const OFFICIALESE: Record<string, string> = {
  participeren: 'meedoen',
  participatie: 'meedoen',
  middels: 'met',
  teneinde: 'om',
  derhalve: 'daarom',
  echter: 'maar',
  indien: 'als',
  alsmede: 'en',
  reeds: 'al',
  thans: 'nu',
  dienen: 'moeten',
  woonachtig: 'wonen',
  aanvang: 'begin',
  doelgroep: 'de mensen voor wie het is',
  faciliteren: 'mogelijk maken',
  implementeren: 'invoeren',
  inzetten: 'gebruiken',
  ondersteuning: 'hulp',
  retour: 'terug',
  verstrekken: 'geven',
  betreffende: 'over',
  'met betrekking tot': 'over',
  'in het kader van': 'bij',
  'ten behoeve van': 'voor',
  'op dit moment': 'nu',
  'in de gelegenheid': 'kunnen',
}

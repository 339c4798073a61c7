/**
 * What the privacy page says about counting (components/ReachPrivacy.tsx), kept together so the
 * words can move to message files with the other languages. Keep it true to lib/stats.
 */
export const REACH_PRIVACY = {
  title: 'Wat we tellen, en wat niet',
  intro:
    'We willen weten of de site mensen helpt: de gemeente en fondsen vragen ons hoeveel mensen we bereiken. Daarom tellen we een paar dingen. We tellen zonder iemand te volgen.',
  counted: [
    'Hoe vaak elke pagina per dag bekeken wordt.',
    'Ongeveer hoeveel verschillende bezoekers er per dag zijn.',
    'Hoe vaak de agenda en het nieuws door agenda-apps en nieuwslezers worden opgehaald.',
    'Zoekwoorden waarmee niets gevonden werd (alleen de woorden, niet wie zocht).',
    'Adressen die niet bestaan maar toch bezocht worden, zodat we oude links kunnen herstellen.',
    'Aanmeldingen per cursus en per week, en hoe mensen van de cursus hoorden (alleen de aantallen).',
  ],
  how: 'Om bezoekers per dag te schatten maakt de server van je internetadres en je browsernaam een onherkenbare code, met een geheim getal dat elke dag nieuw is. Dat getal staat alleen in het geheugen van de server en wordt na die dag weggegooid. Zo kan niemand, ook wij niet, zien wie je bent of je bezoek van gisteren aan vandaag koppelen. We bewaren alleen totalen, geen adressen, geen browsergegevens en geen codes.',
  noConsent:
    'We gebruiken geen cookies en bewaren niets in je browser. We sturen niets naar andere bedrijven. Omdat we niemand volgen en niets over jou bewaren, hoeven we je geen toestemming te vragen en zie je geen cookiemelding.',
  optOut: 'Heb je in je browser "Niet volgen" (Do Not Track) of Global Privacy Control aan staan? Dan tellen we je bezoek helemaal niet.',
  retention: 'We bewaren de totalen vijf jaar, voor onze jaarverslagen. Daarna verwijderen we ze.',
} as const

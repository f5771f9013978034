// Small locale tables of given names, surnames and mail domains for the held-out sentences and
// e-mail addresses (a few per language; written here, not drawn from any detector's lists).
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'hi' | 'ja' | 'sv' | 'pl';

export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'hi', 'ja', 'sv', 'pl'];

export const GIVEN: Record<Lang, readonly string[]> = {
  en: ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Poppy', 'Ethan', 'Chloe', 'Noah', 'Grace'],
  de: ['Jürgen', 'Lena', 'Lukas', 'Sophie', 'Matthias', 'Anke', 'Björn', 'Käthe', 'Jonas', 'Hannah'],
  fr: ['Élodie', 'Théo', 'Camille', 'Hugo', 'Chloé', 'Léa', 'Mathis', 'Zoé', 'Gaëlle', 'Jérôme'],
  es: ['José', 'Lucía', 'Álvaro', 'María', 'Iñigo', 'Carmen', 'Sofía', 'Andrés', 'Nuria', 'Raúl'],
  it: ['Giulia', 'Lorenzo', 'Francesca', 'Matteo', 'Chiara', 'Niccolò', 'Alessia', 'Davide', 'Martina', 'Federico'],
  pt: ['João', 'Beatriz', 'Gonçalo', 'Inês', 'Thiago', 'Larissa', 'Mariana', 'Rafael', 'Luíza', 'Caio'],
  nl: ['Daan', 'Sanne', 'Bram', 'Fleur', 'Sem', 'Lotte', 'Thijs', 'Noor', 'Joris', 'Femke'],
  hi: ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Rahul', 'Meera'],
  ja: ['Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Aoi', 'Yuto', 'Sakura', 'Kaito', 'Mio'],
  sv: ['Erik', 'Astrid', 'Lars', 'Ingrid', 'Anders', 'Maja', 'Nils', 'Elsa', 'Oskar', 'Saga'],
  pl: ['Jakub', 'Zofia', 'Łukasz', 'Małgorzata', 'Paweł', 'Agnieszka', 'Michał', 'Zuzanna', 'Wojciech', 'Katarzyna'],
};

export const SURNAMES: Record<Lang, readonly string[]> = {
  en: ['Thompson', 'Walker', 'Hughes', 'Bennett', 'Clarke', 'Fletcher', 'Patel', 'Murray', 'Lawson', 'Riley'],
  de: ['Müller', 'Schröder', 'Weiß', 'Hoffmann', 'Krüger', 'Böhm', 'Schäfer', 'Vogel', 'Keßler', 'Lange'],
  fr: ['Lefèvre', 'Girard', 'Moreau', 'Lambert', 'Fontaine', 'Rousseau', 'Dubois', 'Chevalier', 'Bérenger', 'Faure'],
  es: ['García', 'Martínez', 'Fernández', 'López', 'Sánchez', 'Muñoz', 'Jiménez', 'Ruiz', 'Álvarez', 'Ibáñez'],
  it: ['Rossi', 'Bianchi', 'Esposito', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti'],
  pt: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Ferreira', 'Gonçalves', 'Araújo', 'Ribeiro', 'Carvalho'],
  nl: ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos'],
  hi: ['Sharma', 'Verma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Mehta', 'Joshi', 'Kapoor', 'Chatterjee'],
  ja: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
  sv: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindqvist'],
  pl: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak'],
};

/** Mail domains people in each language area use (providers and made-up company domains). */
export const MAIL_DOMAINS: Record<Lang, readonly string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'icloud.com', 'northwind-traders.com', 'mail.harbourview.org.uk'],
  de: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'müller-bau.de', 'stadtwerke-beispielstadt.de'],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'mairie-exemple.fr', 'éditions-légères.fr'],
  es: ['telefonica.net', 'yahoo.es', 'hotmail.es', 'correo.ejemplo.es', 'peña-deportiva.es'],
  it: ['libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'comune.esempio.it'],
  pt: ['uol.com.br', 'bol.com.br', 'terra.com.br', 'sapo.pt', 'empresa.com.br'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl', 'gemeente-voorbeeld.nl'],
  hi: ['rediffmail.com', 'gmail.com', 'yahoo.co.in', 'infosys-example.in', 'डाटामेल.भारत'],
  ja: ['docomo.ne.jp', 'ezweb.ne.jp', 'yahoo.co.jp', 'example.co.jp', '例え.jp'],
  sv: ['telia.com', 'bredband.net', 'spray.se', 'företaget.se'],
  pl: ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl', 'księgarnia.pl'],
};

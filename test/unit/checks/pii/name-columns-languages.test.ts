// Person-name columns named in other languages (issue 17: held-out sets 10 and 11 left `nombre`,
// `nome`, `imię_nazwisko`, `jméno`, `név`, `ad_soyad`, `nimi`, `navn`, `họ_tên`, `nama` untyped and
// their cells in the clear): the name hint reads the word for a name in 25 languages, accents folded.
// A cell no name is written as (no letter, or an underscore) is not protected whole: `nombre` is also
// French for a count, and a `name` column may list keys. On the code before, the first two tests fail.
import { describe, expect, it } from 'vitest';
import { nameHint, normColumn } from '../../../../checks/pii/vocab.js';
import { chars, int, pick } from '../../../helpers/personal-data.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';

// Names written from syllables at run time (no list of real people in the tree).
const SYLLABLES = ['ma', 'ri', 'an', 'jo', 'ka', 'le', 'no', 'si', 'ta', 'vo', 'ze', 'lu', 'mi', 'ra', 'ko'];
const word = (r: () => number) => {
  const w = Array.from({ length: int(r, 2, 3) }, () => pick(r, SYLLABLES)).join('');
  return w[0]!.toUpperCase() + w.slice(1);
};
const fullName = (r: () => number) => `${word(r)} ${word(r)}`;

describe('person-name columns named in other languages', () => {
  it('are person columns by their name', () => {
    const named = ['nombre', 'Nombre completo', 'apellidos', 'nome', 'nome_nombre', 'cognome', 'nominativo', 'sobrenome', 'nom', 'prénom', 'Vorname', 'Nachname',
      'naam', 'achternaam', 'namn', 'förnamn', 'navn', 'etternavn', 'nimi', 'sukunimi', 'imię_nazwisko', 'nazwisko', 'jméno', 'příjmení', 'priezvisko', 'név', 'vezetéknév',
      'nume', 'prenume', 'ad_soyad', 'Adı Soyadı', 'nama', 'nama_lengkap', 'họ_tên', 'Họ và tên', 'pangalan', 'jina', 'όνομα', 'Επώνυμο', 'имя', 'Фамилия', '氏名', '姓名', '이름', 'שם', 'שם מלא', 'cardholder', 'customer_nombre'];
    for (const n of named) expect(nameHint(n)?.type, n).toBe('person');
    for (const n of ['nombre_de_piezas', 'nom_fichier', 'file_name', 'host_name', 'nomenclature', 'navn_id', 'name_server', 'ten', 'ad', 'number', 'nominal', 'isim_sayisi']) expect(nameHint(n)?.type, n).not.toBe('person');
    expect([normColumn('imię_nazwisko'), normColumn('Họ và tên'), normColumn('όνομα'), normColumn('firstName')]).toEqual(['imie_nazwisko', 'ho_va_ten', 'ονομα', 'first_name']);
  });

  it('mask their names whole, and leave counts and keys under a name word to the detectors', async () => {
    const cols = await scanGeneratedTable(7, {
      jméno: fullName,
      nama: fullName,
      nombre: (r) => String(int(r, 1, 400)),
      name: (r) => `${chars(r, 'ABCDEFGHIJKLMNOP', 6)}_API_KEY`,
    }, 60);
    const masked = Object.fromEntries(cols.map((c) => [c.column, c.values.filter((v, k) => c.written[k] !== v).length]));
    expect(masked).toEqual({ jméno: 60, nama: 60, nombre: 0, name: 0 });
    expect(cols.map((c) => c.cls.type)).toEqual(['person', 'person', null, null]);
  });
});

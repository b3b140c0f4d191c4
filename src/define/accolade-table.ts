/** Registers `<accolade-table>`. Import `film-elements/accolade-table/class` for the class alone. */
import { AccoladeTable } from '../elements/accolade-table/accolade-table.js';

AccoladeTable.define();

export { AccoladeTable };

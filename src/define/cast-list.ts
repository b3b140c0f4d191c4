/** Registers `<cast-list>`. Import `film-elements/cast-list/class` for the class alone. */
import { CastList } from '../elements/cast-list/cast-list.js';

CastList.define();

export { CastList };

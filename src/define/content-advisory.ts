/** Registers `<content-advisory>`. Import `film-elements/content-advisory/class` for the class alone. */
import { ContentAdvisory } from '../elements/content-advisory/content-advisory.js';

ContentAdvisory.define();

export { ContentAdvisory };

/** Registers `<review-card>`. Import `film-elements/review-card/class` for the class alone. */
import { ReviewCard } from '../elements/review-card/review-card.js';

ReviewCard.define();

export { ReviewCard };

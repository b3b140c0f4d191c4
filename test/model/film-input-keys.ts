// A check at type level, run by `npm run typecheck`: the keys of film-input.ts's types (what
// TypeScript accepts in a film literal) are exactly the keys `validate` knows (known-keys.ts),
// so a key that one knows and the other not fails the typecheck here.
import type { KnownKeys } from '../../src/model/known-keys.js';
import type * as J from '../../src/model/film-input.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The keys of the object forms of a type (strings and numbers are the short forms). */
type KeysOf<T> = T extends object ? (T extends readonly unknown[] ? never : keyof T) : never;
type Element<T> = T extends readonly (infer E)[] ? E : never;
type CastObject = Exclude<J.CastMemberJson, J.TextJson>;
type KeysOfEach<T> = T extends unknown ? KeysOf<T> : never;

const same: {
  film: Same<keyof J.FilmInput, KnownKeys['film']>;
  entity: Same<KeysOf<Exclude<J.EntityJson, J.TextJson>>, KnownKeys['entity']>;
  title: Same<KeysOf<Exclude<J.TitleJson, J.TextJson>>, KnownKeys['title']>;
  credits: Same<keyof J.CreditsJson, KnownKeys['credits']>;
  companies: Same<keyof J.CompaniesJson, KnownKeys['companies']>;
  castMember: Same<KeysOfEach<CastObject> | 'actor' | 'name' | 'altNames' | 'url', KnownKeys['castMember']>;
  review: Same<keyof J.ReviewJson, KnownKeys['review']>;
  rating: Same<KeysOfEach<Exclude<J.RatingJson, string>>, KnownKeys['rating']>;
  aggregateScore: Same<keyof J.AggregateScoreJson, KnownKeys['aggregateScore']>;
  viewership: Same<keyof J.ViewershipJson, KnownKeys['viewership']>;
  accolade: Same<keyof J.AccoladeJson, KnownKeys['accolade']>;
  milestone: Same<keyof J.MilestoneJson, KnownKeys['milestone']>;
  money: Same<keyof J.MoneyJson, KnownKeys['money']>;
  source: Same<keyof J.SourceJson, KnownKeys['source']>;
  advisory: Same<keyof J.AdvisoryJson, KnownKeys['advisory']>;
  criterion: Same<keyof J.CriterionJson, KnownKeys['criterion']>;
  release: Same<KeysOf<Exclude<J.ReleaseJson, J.DateJson>>, KnownKeys['release']>;
  plot: Same<KeysOf<Exclude<J.PlotJson, J.TextJson>>, KnownKeys['plot']>;
  contentRating: Same<KeysOf<Exclude<J.ContentRatingJson, string>>, KnownKeys['contentRating']>;
  otherFilm: Same<KeysOf<Exclude<J.OtherFilmJson, J.TextJson>>, KnownKeys['otherFilm']>;
  trailer: Same<KeysOf<Exclude<J.TrailerJson, string>>, KnownKeys['trailer']>;
  image: Same<KeysOf<Exclude<J.ImageJson, string>>, KnownKeys['image']>;
  recommendation: Same<KeysOf<Exclude<J.RecommendationJson, J.TextJson>>, KnownKeys['recommendation']>;
  userRating: Same<keyof NonNullable<J.ReviewJson['userRating']>, KnownKeys['userRating']>;
  disputed: Same<keyof J.DisputedJson, KnownKeys['disputed']>;
  passage: Same<KeysOf<Exclude<J.PassageJson, J.TextJson>>, KnownKeys['passage']>;
  list: Same<Element<J.FilmInput['cast']>, J.CastMemberJson>;
} = {
  film: true, entity: true, title: true, credits: true, companies: true, castMember: true, review: true, rating: true,
  aggregateScore: true, viewership: true, accolade: true, milestone: true, money: true, source: true, advisory: true,
  criterion: true, release: true, plot: true, contentRating: true, otherFilm: true, trailer: true, image: true,
  recommendation: true, userRating: true, disputed: true, passage: true, list: true,
};
export default same;

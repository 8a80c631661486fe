// Runs Yoast's own analysis (the yoastseo npm package, used as a tool) on the articles copydesk published, and
// prints both sides: overall SEO and readability scores, then each assessment rating by rating, then the time per
// article of each. Input: the JSON written by dev.copydesk.seo.YoastCompareExport. Usage:
//   node yoast-compare.js <articles.json> [seconds to time Yoast] [--verbose]
"use strict";

const fs = require("fs");
const path = require("path");
const yoast = require("yoastseo");

const [input, secondsArg] = process.argv.slice(2).filter(arg => !arg.startsWith("--"));
const verbose = process.argv.includes("--verbose");
if (!input) {
	console.error("usage: node yoast-compare.js <articles.json> [seconds] [--verbose]");
	process.exit(2);
}
const seconds = Number(secondsArg || 3);
const data = JSON.parse(fs.readFileSync(input, "utf8"));

// Yoast's assessment identifiers and copydesk's ids for the same check. Yoast's checks that copydesk does not make
// (internal links, competing links, function words in the keyphrase, image count, text presence) and copydesk's
// Flesch (not in Yoast's free readability score) are listed on their own, unpaired.
const PAIRS = {
	keyphraseLength: "keyphrase-length",
	introductionKeyword: "keyphrase-in-introduction",
	keyphraseDensity: "keyphrase-density",
	metaDescriptionKeyword: "keyphrase-in-meta-description",
	subheadingsKeyword: "keyphrase-in-subheadings",
	keyphraseInSEOTitle: "keyphrase-in-title",
	slugKeyword: "keyphrase-in-slug",
	textLength: "text-length",
	titleWidth: "seo-title-width",
	metaDescriptionLength: "meta-description-length",
	singleH1: "single-h1",
	externalLinks: "outbound-links",
	imageKeyphrase: "image-alt-text",
	subheadingsTooLong: "subheading-distribution",
	textParagraphTooLong: "paragraph-length",
	textSentenceLength: "sentence-length",
	passiveVoice: "passive-voice",
	textTransitionWords: "transition-words",
	sentenceBeginnings: "consecutive-sentences",
};

const LANGUAGES = new Set(fs.readdirSync(path.join(path.dirname(require.resolve("yoastseo")),
	"languageProcessing", "languages")));

function researcherFor(language) {
	const folder = LANGUAGES.has(language) ? language : "_default";
	const Researcher = require(`yoastseo/build/languageProcessing/languages/${folder}/Researcher`).default;
	return { researcher: new Researcher(), supported: folder !== "_default" };
}

function paperOf(article) {
	return new yoast.Paper(article.html, {
		keyword: article.keyphrase,
		description: article.description,
		title: article.seoTitle,
		titleWidth: article.titleWidth,
		slug: article.slug,
		locale: article.locale.replace("-", "_"),
		textTitle: article.textTitle,
		permalink: "https://news.example.com/" + article.locale + "/" + article.slug,
	});
}

// Yoast memoizes a keyphrase's stems per stemmer only (lodash's memoize keys on the first argument), and the free
// package gives every language the same pass-through stemmer: the first article's language would lend its function
// words to every later article, whatever its language (Spanish keyphrases filtered with French function words). A
// site analyses one language, so each article starts from an empty cache here, as it would there.
const { primeLanguageSpecificData } = require("yoastseo/build/languageProcessing/helpers/morphology/buildTopicStems");

function analyse(article) {
	primeLanguageSpecificData.cache.clear();
	const { researcher } = researcherFor(article.locale.slice(0, 2));
	const paper = paperOf(article);
	const seo = new yoast.assessors.SEOAssessor(researcher);
	seo.assess(paper);
	const content = new yoast.assessors.ContentAssessor(researcher);
	content.assess(paper);
	return { seo, content };
}

function rating(score) {
	return score <= 4 ? "bad" : score <= 7 ? "ok" : "good";
}

function strip(html) {
	return (html || "").replace(/<[^>]*>/g, "");
}

let agreedScores = 0;
let agreedRatings = 0;
let pairedRatings = 0;
const disagreements = {};
const rows = [];
for (const article of data.articles) {
	const { seo, content } = analyse(article);
	const copydesk = Object.fromEntries(article.assessments.map(a => [a.id, a]));
	const cdSeo = Number(/(\d+)\/100/.exec(copydesk["seo-score"].message)[1]);
	const cdRead = Number(/(\d+)\/100/.exec(copydesk["readability-score"].message)[1]);
	const ySeo = seo.calculateOverallScore();
	const yRead = content.calculateOverallScore();
	// The SEO score again over the checks both sides make, each side with its own scores: Yoast's internal-links
	// check (always bad here: the articles have no site to link to) and the others copydesk does not make would
	// otherwise decide the gap.
	const shared = { cd: 0, y: 0, n: 0 };
	for (const result of seo.getValidResults()) {
		const mine = PAIRS[result._identifier] && copydesk[PAIRS[result._identifier]];
		if (mine) {
			shared.cd += mine.score;
			shared.y += result.getScore();
			shared.n++;
		}
	}
	const cdShared = Math.round(100 * shared.cd / (9 * shared.n));
	const yShared = Math.round(100 * shared.y / (9 * shared.n));
	const close = Math.abs(cdShared - yShared) <= 5 && Math.abs(cdRead - yRead) <= 5;
	agreedScores += close ? 1 : 0;
	const lines = [];
	const seen = new Set();
	for (const result of [...seo.getValidResults(), ...content.getValidResults()]) {
		const id = PAIRS[result._identifier];
		const mine = id && copydesk[id];
		seen.add(id);
		const yRating = rating(result.getScore());
		if (mine) {
			pairedRatings++;
			const same = mine.rating === yRating;
			agreedRatings += same ? 1 : 0;
			if (!same) {
				disagreements[id] = (disagreements[id] || 0) + 1;
			}
			if (!same || verbose) {
				lines.push(`    ${same ? " " : "≠"} ${id.padEnd(30)} copydesk ${mine.rating.padEnd(4)} ${String(mine.score).padStart(2)}`
					+ ` | yoast ${yRating.padEnd(4)} ${String(result.getScore()).padStart(3)} ${result._identifier}`);
				if (!same) {
					lines.push(`        copydesk: ${mine.message}`);
					lines.push(`        yoast:    ${strip(result.text)}`);
				}
			}
		} else if (verbose) {
			lines.push(`      ${"(yoast only)".padEnd(30)}                     | yoast ${yRating.padEnd(4)} ${String(result.getScore()).padStart(3)} ${result._identifier}`);
		}
	}
	if (verbose) {
		for (const a of article.assessments) {
			if (!seen.has(a.id) && !a.id.endsWith("-score")) {
				lines.push(`      ${a.id.padEnd(30)} copydesk ${a.rating.padEnd(4)} ${String(a.score).padStart(2)} | (copydesk only)`);
			}
		}
	}
	rows.push({ name: article.name, cdSeo, ySeo, cdRead, yRead, close });
	console.log(`${close ? " " : "≠"} ${article.name.padEnd(24)} ${article.locale}  SEO copydesk ${String(cdSeo).padStart(3)} yoast ${String(ySeo).padStart(3)}`
		+ ` (shared checks ${String(cdShared).padStart(3)} / ${String(yShared).padStart(3)})`
		+ `   readability copydesk ${String(cdRead).padStart(3)} yoast ${String(yRead).padStart(3)}   keyphrase "${article.keyphrase}"`);
	lines.forEach(line => console.log(line));
}

console.log();
console.log(`SEO over the shared checks and readability both within 5 points: ${agreedScores} of ${rows.length} articles`);
const gap = (a, b) => Math.max(...rows.map(row => Math.abs(row[a] - row[b])));
console.log(`largest gaps: SEO ${gap("cdSeo", "ySeo")} points (all checks), readability ${gap("cdRead", "yRead")} points`);
console.log(`same rating: ${agreedRatings} of ${pairedRatings} paired assessments`);
for (const [id, count] of Object.entries(disagreements).sort((a, b) => b[1] - a[1])) {
	console.log(`  ${id}: ${count} disagreements`);
}

// Timing: whole passes over the same articles, SEO and readability analyses, after a warm-up pass of the same length.
function timePasses(budgetSeconds) {
	const budget = BigInt(Math.round(budgetSeconds * 1e9));
	const start = process.hrtime.bigint();
	let articles = 0;
	let elapsed;
	do {
		for (const article of data.articles) {
			analyse(article);
			articles++;
		}
		elapsed = process.hrtime.bigint() - start;
	} while (elapsed < budget);
	return Number(elapsed) / articles;
}

timePasses(seconds);
const yoastNanos = timePasses(seconds);
const copydeskNanos = data.copydeskNanosPerArticle;
console.log();
console.log(`time per article, one thread, same run: yoast ${(yoastNanos / 1e6).toFixed(2)} ms (SEO + readability`
	+ ` analysis of the published HTML), copydesk ${(copydeskNanos / 1e6).toFixed(3)} ms (SeoEnricher.enrich: analysis`
	+ ` and generation)`);
console.log(`ratio yoast / copydesk: ${(yoastNanos / copydeskNanos).toFixed(1)}×`);

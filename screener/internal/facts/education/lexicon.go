package education

import (
	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
)

// kind says what a matched phrase means.
type kind int

const (
	kIgnore       kind = iota // looks like education but is not ("ms office", "360 degree")
	kNoDegree                 // says no schooling is needed
	kStudents                 // invites students
	kNoExp                    // says no experience is needed
	kLevel                    // names a level unambiguously
	kWeakLevel                // names a level with a short, ambiguous word ("ba", "inter")
	kCanApply                 // "can apply", "welcome": turns a low level into an invitation
	kRank                     // a senior rank, counted in the title only ("Senior", "Head of", "VP")
	kRankLevel                // a board's seniority level, counted anywhere ("Mid-Senior level")
	kRankField                // "Experience: Director" as a whole line, the board's field
	kLicence                  // a professional licence or registration, counted anywhere
	kLicensedRole             // a licensed profession ("RN", "licensed pharmacist"): the title, or asked of the candidate
)

// Roman Urdu spells the same word many ways; these slots collect the
// spellings seen in adverts so each phrase lists them once.
const (
	need    = "zaroorat|zarurat|zaroorath|zaroori|zaruri|zarori|zroori|shart|sharat|qaid|requirement"
	nahi    = "nahi|nahin|nai|nhi|nahee|nae|nh"
	eduNoun = "degree|degrees|digree|qualification|qualifications|education|taleem|taleemi|taleemi|certificate|diploma"
	expNoun = "experience|exp|tajurba|tajruba|tajarba|tajurbah|tajurbe"
	needEn  = "required|needed|necessary|mandatory|compulsory|essential|req|reqd|requirement|requirements|must"
	urNeed  = "ضرورت|ضروری|شرط|قید"
	urEdu   = "ڈگری|تعلیم|تعلیمی|اہلیت|قابلیت"
	urExp   = "تجربہ|تجربے|تجربا"
	// schoolGrad after a school level says it was finished: "HS graduate",
	// "ALS passer". schoolDone adds "pass", which after "high school" means
	// matric in Pakistan, so it is kept for the levels that say their rung.
	schoolGrad = "graduate|graduates|grad|grads|passer|passers|completer|completers"
	schoolDone = schoolGrad + "|pass|passed"
)

// lexicon lists every phrase the extractor knows. Longer matches win over
// shorter ones at the same position, which is how "no degree" keeps
// "degree" from counting as a bachelor's requirement.
var lexicon = []pattern{
	// No degree needed.
	{text: "no|zero formal|specific|particular|minimum|academic? " + eduNoun + " " + needEn + "?", kind: kNoDegree},
	{text: eduNoun + " is|are? not|nor a? " + needEn, kind: kNoDegree},
	{text: "without|bina|baghair|baghayr|begair|baghair any|koi? " + eduNoun, kind: kNoDegree},
	{text: eduNoun + " is|are? no|not a? bar", kind: kNoDegree},
	{text: "no bar on|of|for " + eduNoun, kind: kNoDegree},
	{text: "no " + eduNoun + " bar", kind: kNoDegree},
	{text: eduNoun + " none|nil", kind: kNoDegree},
	{text: "any|all qualification|qualifications|education", kind: kNoDegree},
	{text: "koi? " + eduNoun + " ki|ka|ke? koi? " + need + " " + nahi, kind: kNoDegree},
	{text: "koi? " + eduNoun + " " + nahi + " chahiye|chahye|chaheye|chahiey|mangta", kind: kNoDegree},
	{text: "کوئی? " + urEdu + " کی|کا? کوئی? " + urNeed + " نہیں", kind: kNoDegree},
	{text: "بغیر|بنا " + urEdu, kind: kNoDegree},

	// Students.
	{text: "student|students|undergraduate|undergraduates|undergrad|undergrads|talba|tulaba|talib|taliba|طلبہ|طلباء|طالبعلم|طالب", kind: kStudents},
	{text: "1st|2nd|3rd|4th|first|second|third|final|last year|semester student|students", kind: kStudents},
	// Without a student word ("first-year physics") these need an invitation; see scan.invited.
	{text: "1st|2nd|3rd|4th|first|second|third|final|last year|semester", kind: kStudents},
	{text: "fsc|fa|ics|icom|inter|intermediate|matric|bs|bsc|ba|bba|bcom|mba|university|uni|college|school student|students", kind: kStudents},
	{text: "high school|secondary student|students", kind: kStudents},
	{text: "parhai|studies|study ke|kay|k|ki sath|saath|sath", kind: kStudents},

	// No experience needed.
	{text: "no|zero|0 prior|previous|past|work|relevant|sales? " + expNoun + " " + needEn + "?", kind: kNoExp},
	{text: expNoun + " is|are? not|nor a? " + needEn, kind: kNoExp},
	{text: expNoun + " none|nil", kind: kNoExp},
	{text: "without|bina|baghair|begair any|koi? " + expNoun, kind: kNoExp},
	{text: "fresher|freshers|fresh candidates|applicants", kind: kNoExp},
	{text: "fresher|freshers", kind: kNoExp},
	{text: "koi? " + expNoun + " ki|ka|ke? koi? " + need + " " + nahi, kind: kNoExp},
	{text: "koi? " + expNoun + " " + nahi + " chahiye|chahye|chaheye|mangta", kind: kNoExp},
	{text: "کوئی? " + urExp + " کی|کا? کوئی? " + urNeed + " نہیں", kind: kNoExp},
	{text: "بغیر|بنا " + urExp, kind: kNoExp},

	// "... can apply": a low level followed by this is an invitation.
	{text: "can|may|should also|bhi? apply", kind: kCanApply},
	{text: "bhi|b|sab? apply kar|kr sakte|sakti|saktay|sakta|skte|sktay|sakty", kind: kCanApply},
	{text: "are|is also? welcome|welcomed|eligible|encouraged", kind: kCanApply},
	{text: "welcome|eligible", kind: kCanApply},
	{text: "اپلائی|درخواست کر|دے سکتے|سکتی", kind: kCanApply},
}

// levelLexicon names the levels. It is a separate list only for reading; it
// is compiled together with lexicon.
var levelLexicon = []pattern{
	{text: "under|below|non matric|metric|matriculation", kind: kLevel, level: None},
	{text: "undermatric|anpadh|anparh|illiterate|uneducated", kind: kLevel, level: None},
	{text: "middle|primary|8th pass|passed", kind: kLevel, level: None},

	{text: "matric|matriculation|matriculate|ssc|میٹرک", kind: kLevel, level: Matric},
	{text: "o level|levels", kind: kLevel, level: Matric},
	{text: "olevel|olevels", kind: kLevel, level: Matric},
	{text: "secondary school certificate", kind: kLevel, level: Matric},
	{text: "10th|tenth pass|passed|class|grade|standard|std", kind: kLevel, level: Matric},
	{text: "high school", kind: kLevel, level: Matric},
	// "graduate" after a school level is that level, not a bachelor's.
	{text: "matric|matriculation|matriculate|ssc|jhs|10th " + schoolDone, kind: kLevel, level: Matric, plain: true},
	{text: "junior high school? " + schoolGrad, kind: kLevel, level: Matric, plain: true},
	{text: "grade|class 10 " + schoolDone, kind: kLevel, level: Matric, plain: true},

	{text: "fsc|ics|icom|hssc|hsc|انٹر|انٹرمیڈیٹ", kind: kLevel, level: Intermediate},
	{text: "fa|inter|intermediate", kind: kWeakLevel, level: Intermediate},
	{text: "f sc", kind: kLevel, level: Intermediate},
	{text: "i com", kind: kLevel, level: Intermediate, tight: true},
	{text: "a level|levels", kind: kLevel, level: Intermediate, tight: true},
	{text: "alevel|alevels|ged", kind: kLevel, level: Intermediate},
	{text: "12th|twelfth pass|passed|class|grade|standard|std", kind: kLevel, level: Intermediate},
	{text: "high school diploma|graduate|graduates|degree|certificate", kind: kLevel, level: Intermediate},
	{text: "high school|highschool " + schoolGrad, kind: kLevel, level: Intermediate, plain: true},
	{text: "hssc|hsc|fsc|ics|icom|fa|inter|intermediate|12th " + schoolDone, kind: kLevel, level: Intermediate, plain: true},
	{text: "hs|shs|highschool|k12 " + schoolGrad + "|diploma", kind: kLevel, level: Intermediate, plain: true},
	{text: "senior high school? " + schoolGrad + "|diploma", kind: kLevel, level: Intermediate, plain: true},
	{text: "grade|class 12 " + schoolDone, kind: kLevel, level: Intermediate, plain: true},
	{text: "k 12 " + schoolGrad, kind: kLevel, level: Intermediate, plain: true},
	// ALS: the Philippine Alternative Learning System; its passers hold a
	// high-school equivalency.
	{text: "als " + schoolGrad, kind: kLevel, level: Intermediate, plain: true},
	{text: "higher secondary", kind: kLevel, level: Intermediate},
	{text: "12 years|yrs of? education|schooling", kind: kLevel, level: Intermediate},
	{text: "ایف اے|ایس سی?", kind: kLevel, level: Intermediate},

	{text: "bachelor|bachelors|bachelor's", kind: kLevel, level: Bachelor},
	{text: "bachelor|bachelors|bachelor's|any degree|degrees holder|holders", kind: kLevel, level: Bachelor},
	{text: "bsc|bcom|bba|btech|bca|bed|llb|mbbs|bscs|bsit|bds|beng|bsba|bsn", kind: kLevel, level: Bachelor},
	{text: "ba|bs", kind: kWeakLevel, level: Bachelor},
	{text: "b sc|com|tech|ed|eng|pharm|arch", kind: kLevel, level: Bachelor},
	{text: "b a|e|s", kind: kLevel, level: Bachelor, tight: true},
	{text: "graduate|graduates|graduation|graduated|degree|degrees", kind: kLevel, level: Bachelor},
	{text: "14|16 years|yrs of? education|schooling", kind: kLevel, level: Bachelor},
	{text: "ڈگری|گریجویٹ|گریجویشن|بی اے|ایس", kind: kLevel, level: Bachelor},

	{text: "masters|master's degree?", kind: kLevel, level: Master},
	{text: "master degree|in|of", kind: kLevel, level: Master},
	{text: "msc|mba|mphil|mcom|mtech|mca|mcs|llm", kind: kLevel, level: Master},
	{text: "ms", kind: kWeakLevel, level: Master},
	{text: "ma pass|degree|english|urdu|economics|islamiat|education|history|english", kind: kLevel, level: Master},
	{text: "m sc|com|phil|tech", kind: kLevel, level: Master},
	{text: "m a|s", kind: kLevel, level: Master, tight: true},
	{text: "post graduate|graduation|graduates", kind: kLevel, level: Master},
	{text: "postgraduate|postgraduates|postgrad", kind: kLevel, level: Master},
	{text: "18 years|yrs of? education|schooling", kind: kLevel, level: Master},
	{text: "ماسٹر|ماسٹرز|ایم اے", kind: kLevel, level: Master},

	{text: "phd|doctorate|doctoral|پی ایچ ڈی", kind: kLevel, level: Doctorate},
	{text: "ph d", kind: kLevel, level: Doctorate, tight: true},

	// Words that look like levels but are not; matching them consumes the tokens.
	{text: "ms office|word|excel|powerpoint|outlook|teams|access|dynamics|project|sql|windows", kind: kIgnore},
	{text: "degree|degrees celsius|centigrade|angle|view|feedback|turn", kind: kIgnore},
	{text: "scrum|quiz|web|post|grand master|masters", kind: kIgnore},
	{text: "master card|trainer|chef|data|class|key|franchise|plan", kind: kIgnore},
	{text: "inter city|provincial|national|personal|departmental|active|state", kind: kIgnore},
	{text: "intermediate english|level|skills|knowledge|proficiency|excel|user|programming|french|spanish|arabic|german|chinese|mandarin|japanese|korean", kind: kIgnore},
	{text: "high school teacher|teachers|principal", kind: kIgnore},
}

// Licence-giving bodies, written before "registration", "licence" and the
// like: Pakistan's medical, nursing and engineering councils and its and
// India's chartered-accountant institutes, India's and the UK's medical
// and nursing councils, the Gulf health authorities (Dubai, Abu Dhabi, the
// ministries, Saudi Arabia, Qatar, Oman, Bahrain) and the Saudi Council of
// Engineers. "DHA" is also a Pakistani housing authority, so a body alone
// never counts.
const (
	councils  = "pmdc|pmc|pnc|pnmc|pec|icap|icai|icaew|mci|nmc|dha|haad|doh|moh|mohap|scfhs|qchp|omsb|nhra|gmc|sce"
	licNoun   = "license|licence|licenses|licences|licensed|licenced|licensure|registration|registered"
	licPlain  = "license|licence|licensure|licenses|licences|registration"
	licPeople = "physician|physicians|doctor|doctors|pharmacist|pharmacists|attorney|attorneys|lawyer|lawyers|" +
		"advocate|advocates|engineer|engineers|accountant|accountants"
)

// roleLexicon names what makes an advert more than entry-level work: a
// senior rank, and a professional licence that itself takes years of
// schooling. A manager is not a rank here: scams title their lures "Agency
// Sales Managers $150-$175,000/yr" and "Account Manager" as readily as
// employers title real posts so. Neither is a licence won by a short
// course (insurance, security guard) nor an ordinary driving licence, which
// Gulf driver scams ask for. The words around a hit decide whether it
// counts; see role.go.
var roleLexicon = []pattern{
	{text: "senior|sr|snr|lead|principal|head|director|chief", kind: kRank},
	{text: "head of", kind: kRank},
	{text: "vice president|presidents", kind: kRank},
	{text: "vp|svp|evp|ceo|cto|cfo|coo|cmo|cio|ciso", kind: kRank},
	{text: "mid senior level", kind: kRankLevel},
	{text: "experience|seniority level? director|executive|senior", kind: kRankField},

	// Nursing.
	{text: "rn|lpn|lvn|nursing|nurse|nurse's " + licPlain, kind: kLicence},
	{text: "rn licensed|licenced", kind: kLicence},
	{text: "nclex rn|pn?", kind: kLicence},
	{text: "registered nurse|nurses|nurse's " + licPlain, kind: kLicence},
	{text: "license|licence|licensure|licensed|licenced as a|an registered|practical|vocational nurse", kind: kLicence},
	{text: "nursing|medical|dental|pharmacy|engineering council " + licPlain + "|membership?", kind: kLicence},
	// Medicine, and the councils' registrations for every profession.
	{text: councils + " " + licNoun + "|eligibility|eligible", kind: kLicence},
	{text: "registered with|by|at the? " + councils, kind: kLicence},
	{text: "medical|pharmacist|pharmacy " + licPlain, kind: kLicence},
	{text: "license|licence|licensed|licenced to practice|practise medicine|law|nursing|pharmacy|dentistry", kind: kLicence},
	// Accounting.
	{text: "cpa|cpas|acca|cima|icap|icai|icaew " + licPlain + "|certification|certified|qualified|designation|member|membership?", kind: kLicence},
	{text: "chartered|certified public accountant|accountants|accountancy", kind: kLicence},
	{text: "ca|aca|fca qualified", kind: kLicence},
	// Engineering. Roman Urdu "pe" means "on" ("website pe registration"),
	// so only a licence word follows it.
	{text: "pe license|licence|licensure|stamp", kind: kLicence},
	{text: "p e license|licence|licensure|stamp", kind: kLicence},
	{text: "professional engineer|engineers|engineering " + licPlain, kind: kLicence},
	{text: "pakistan engineering council", kind: kLicence},
	{text: "saudi council of engineers|engineering", kind: kLicence},
	// Law; a bar's licence sells drinks.
	{text: "bar admission|admissions|membership|council", kind: kLicence},
	{text: "admitted|admission to the|a|any state? bar", kind: kLicence},
	{text: "member of the|a|any state? bar", kind: kLicence},
	// US commercial driving: honest trucking pays well with no degree.
	{text: "cdl|cdls|cdla|cdlb", kind: kLicence},
	{text: "class a|b cdl", kind: kLicence},
	{text: "cdl a|b", kind: kLicence, tight: true},
	{text: "cdl class a|b", kind: kLicence},
	{text: "commercial driver|driver's|drivers|driving " + licPlain, kind: kLicence},

	// People who hold a licence: the job itself in a title ("RN – Med/Surg",
	// "Staff Pharmacist"), but in the text often a colleague ("assist the
	// registered nurses"), so there only when asked of the candidate.
	{text: "rn|rns|lpn|lvn|pharmacist|pharmacists|attorney|attorneys", kind: kLicensedRole},
	{text: "registered nurse|nurses", kind: kLicensedRole},
	{text: "licensed|licenced registered|practical|vocational|professional nurse|nurses", kind: kLicensedRole},
	{text: "licensed|licenced " + licPeople, kind: kLicensedRole},
	{text: "registered pharmacist|pharmacists|engineer|engineers|accountant|accountants|physician|physicians|doctor|doctors", kind: kLicensedRole},
}

// cueWords mark a sentence as being about schooling, which is what lets a
// short word like "ba" or "inter" count as a level there.
var cueWords = lex.NewWords("education qualification qualifications degree " +
	"pass passed holder holders minimum min " +
	"graduate graduation students student matric " +
	"fsc bsc bachelor bachelors bachelor's mba " +
	"taleem eligibility criteria required تعلیم اہلیت " +
	"msc mphil phd ics icom " +
	"hssc ssc")

// preferWords after a level make it a wish rather than a requirement.
var preferWords = map[string]bool{
	"preferred": true, "preferable": true, "preferably": true, "advantage": true,
	"advantageous": true, "desirable": true, "desired": true, "ترجیح": true, "bonus": true,
}

// stopWords end the search for preferWords: "BA required, MA preferred".
var stopWords = map[string]bool{
	"required": true, "must": true, "mandatory": true, "necessary": true,
	"compulsory": true, "zaroori": true, "essential": true,
}

// notStudentContext after a student word means the advert is about
// something else ("student visa", "student loan").
var notStudentContext = map[string]bool{
	"visa": true, "visas": true, "loan": true, "loans": true, "counselor": true, "counsellor": true,
	"counseling": true, "counselling": true, "affairs": true, "services": true, "support": true,
	"advisor": true, "id": true, "card": true, "discount": true, "recruitment": true,
}

// Words around a student phrase that make it an invitation (see scan.invited).
var (
	studentWords = lex.KeySet("student students undergraduate undergraduates undergrad undergrads talba tulaba " +
		"talib taliba طلبہ طلباء طالبعلم طالب")
	studyWords    = lex.KeySet("parhai studies study")
	studentFiller = lex.KeySet("all the young male female smart talented college university school")
	forStudents   = lex.KeySet("for hiring hire attention dear calling calls baraye برائے")
	wantedAfter   = lex.KeySet("required needed wanted only chahiye chahiyen chahiyein zaroorat zarurat " +
		"darkar preferred ضرورت درکار چاہیے چاہئیں")
	wantedFiller = lex.KeySet("are is also urgently bhi")
	postLiye     = lex.KeySet("ke kay k ki کے کی")
	liye         = lex.KeySet("liye liay lye liyay lie liey leye لیے لئے")
	inviteWords  = lex.KeySet("apply welcome welcomed eligible encouraged اپلائی")
	canWords     = lex.KeySet("can may sakte sakti saktay")
	inviteVerbs  = lex.KeySet("do join earn work")
	teachWords   = lex.KeySet("teach teaches teaching taught tutoring mentoring serve serves serving " +
		"supervise supervises supervising counsel counsels")
)

// allPatterns is every list the extractor compiles into one index.
func allPatterns() []pattern {
	return append(append(append([]pattern{}, lexicon...), levelLexicon...), roleLexicon...)
}

var phrases = compile(allPatterns())

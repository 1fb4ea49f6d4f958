/// Codes as the courts of each state write them, beside the Bluebook forms of reporters-db's
/// laws table (`LawData`): `CPLR 3211`, `G.L. c. 93A, § 2`, `14 M.R.S. § 752`, `42 Pa.C.S.
/// § 5524`, `10 Del. C. § 8106`, `RCW 4.16.080`, `MCL 600.5805`, `O.C.G.A. § 9-3-33`, `N.J.S.A.
/// 2A:14-2`, California's `Pen. Code, § 459` and `Code Civ. Proc., § 583.310`, New York's
/// regulations `22 NYCRR 202.8-g`, and the states' administrative codes as their courts cite them
/// (`89 Ill. Adm. Code 140.1`, `N.J.A.C. 10:122D-2.4`, `WAC 296-17-31012`, `OAR 137-001-0005`,
/// `COMAR 10.01.01.01`, `K.A.R. 28-1-1`, `19 CSR 30-1.010`, `Ohio Adm.Code 5101:1-1-01`, by rule
/// `Mich. Admin. Code R. 791.5501`, `Iowa Admin. Code r. 441-40.21`).
///
/// Written once by hand from the states' own citation conventions (the California Style Manual,
/// the New York Law Reports Style Manual, the Texas Rules of Form, and the forms each state's
/// appellate courts use in their published opinions); the canonical code is the Bluebook's
/// (table T1) where it has one. Columns as `LawData`, with `form` one of: `titled` (a title
/// number before the code: `42 Pa.C.S.`), `untitled`, `chapter` (a chapter after the code, then
/// the section: `G.L. c. 93A, § 2`), `numbered` (untitled, and a plain number after it is a
/// section without `§`: `CPLR 3211`).
enum StateCodeSpellings {
    static let tsv = #"""
spelling	code	cite_type	jurisdiction	form
I.R.C.	I.R.C.	leg_statute	United States	untitled
Code Civ. Proc.	Cal. Civ. Proc. Code	leg_statute	California	untitled
Code of Civil Procedure	Cal. Civ. Proc. Code	leg_statute	California	untitled
Code of Civ. Proc.	Cal. Civ. Proc. Code	leg_statute	California	untitled
Pen. Code	Cal. Penal Code	leg_statute	California	untitled
Penal Code	Cal. Penal Code	leg_statute	California	untitled
Gov. Code	Cal. Gov't Code	leg_statute	California	untitled
Government Code	Cal. Gov't Code	leg_statute	California	untitled
Civ. Code	Cal. Civ. Code	leg_statute	California	untitled
Civil Code	Cal. Civ. Code	leg_statute	California	untitled
Evid. Code	Cal. Evid. Code	leg_statute	California	untitled
Evidence Code	Cal. Evid. Code	leg_statute	California	untitled
Bus. & Prof. Code	Cal. Bus. & Prof. Code	leg_statute	California	untitled
Business and Professions Code	Cal. Bus. & Prof. Code	leg_statute	California	untitled
Welf. & Inst. Code	Cal. Welf. & Inst. Code	leg_statute	California	untitled
Welfare and Institutions Code	Cal. Welf. & Inst. Code	leg_statute	California	untitled
Veh. Code	Cal. Veh. Code	leg_statute	California	untitled
Vehicle Code	Cal. Veh. Code	leg_statute	California	untitled
Lab. Code	Cal. Lab. Code	leg_statute	California	untitled
Labor Code	Cal. Lab. Code	leg_statute	California	untitled
Health & Saf. Code	Cal. Health & Safety Code	leg_statute	California	untitled
Health and Safety Code	Cal. Health & Safety Code	leg_statute	California	untitled
Fam. Code	Cal. Fam. Code	leg_statute	California	untitled
Family Code	Cal. Fam. Code	leg_statute	California	untitled
Prob. Code	Cal. Prob. Code	leg_statute	California	untitled
Probate Code	Cal. Prob. Code	leg_statute	California	untitled
Ins. Code	Cal. Ins. Code	leg_statute	California	untitled
Corp. Code	Cal. Corp. Code	leg_statute	California	untitled
Com. Code	Cal. Com. Code	leg_statute	California	untitled
Rev. & Tax. Code	Cal. Rev. & Tax. Code	leg_statute	California	untitled
Revenue and Taxation Code	Cal. Rev. & Tax. Code	leg_statute	California	untitled
Educ. Code	Cal. Educ. Code	leg_statute	California	untitled
Elec. Code	Cal. Elec. Code	leg_statute	California	untitled
Pub. Resources Code	Cal. Pub. Res. Code	leg_statute	California	untitled
Pub. Util. Code	Cal. Pub. Util. Code	leg_statute	California	untitled
Unemp. Ins. Code	Cal. Unemp. Ins. Code	leg_statute	California	untitled
Fin. Code	Cal. Fin. Code	leg_statute	California	untitled
CPLR	N.Y. C.P.L.R.	leg_statute	New York	numbered
C.P.L.R.	N.Y. C.P.L.R.	leg_statute	New York	numbered
N.Y. C.P.L.R.	N.Y. C.P.L.R.	leg_statute	New York	numbered
N.Y. CPLR	N.Y. C.P.L.R.	leg_statute	New York	numbered
Penal Law	N.Y. Penal Law	leg_statute	New York	untitled
CPL	N.Y. Crim. Proc. Law	leg_statute	New York	untitled
Criminal Procedure Law	N.Y. Crim. Proc. Law	leg_statute	New York	untitled
Vehicle and Traffic Law	N.Y. Veh. & Traf. Law	leg_statute	New York	untitled
General Business Law	N.Y. Gen. Bus. Law	leg_statute	New York	untitled
General Obligations Law	N.Y. Gen. Oblig. Law	leg_statute	New York	untitled
Real Property Law	N.Y. Real Prop. Law	leg_statute	New York	untitled
RPAPL	N.Y. Real Prop. Acts. Law	leg_statute	New York	untitled
Family Ct Act	N.Y. Fam. Ct. Act	leg_statute	New York	untitled
Family Court Act	N.Y. Fam. Ct. Act	leg_statute	New York	untitled
Domestic Relations Law	N.Y. Dom. Rel. Law	leg_statute	New York	untitled
Social Services Law	N.Y. Soc. Serv. Law	leg_statute	New York	untitled
Executive Law	N.Y. Exec. Law	leg_statute	New York	untitled
Correction Law	N.Y. Correct. Law	leg_statute	New York	untitled
Judiciary Law	N.Y. Jud. Law	leg_statute	New York	untitled
Insurance Law	N.Y. Ins. Law	leg_statute	New York	untitled
Public Health Law	N.Y. Pub. Health Law	leg_statute	New York	untitled
Mental Hygiene Law	N.Y. Mental Hyg. Law	leg_statute	New York	untitled
Workers' Compensation Law	N.Y. Workers' Comp. Law	leg_statute	New York	untitled
Business Corporation Law	N.Y. Bus. Corp. Law	leg_statute	New York	untitled
Limited Liability Company Law	N.Y. Ltd. Liab. Co. Law	leg_statute	New York	untitled
Election Law	N.Y. Elec. Law	leg_statute	New York	untitled
Education Law	N.Y. Educ. Law	leg_statute	New York	untitled
Tax Law	N.Y. Tax Law	leg_statute	New York	untitled
Civil Rights Law	N.Y. Civ. Rights Law	leg_statute	New York	untitled
Labor Law	N.Y. Lab. Law	leg_statute	New York	untitled
Civil Service Law	N.Y. Civ. Serv. Law	leg_statute	New York	untitled
General Municipal Law	N.Y. Gen. Mun. Law	leg_statute	New York	untitled
Public Officers Law	N.Y. Pub. Off. Law	leg_statute	New York	untitled
Lien Law	N.Y. Lien Law	leg_statute	New York	untitled
Estates, Powers and Trusts Law	N.Y. Est. Powers & Trusts Law	leg_statute	New York	untitled
EPTL	N.Y. Est. Powers & Trusts Law	leg_statute	New York	untitled
Surrogate's Court Procedure Act	N.Y. Surr. Ct. Proc. Act	leg_statute	New York	untitled
SCPA	N.Y. Surr. Ct. Proc. Act	leg_statute	New York	untitled
Debtor and Creditor Law	N.Y. Debt. & Cred. Law	leg_statute	New York	untitled
Environmental Conservation Law	N.Y. Envtl. Conserv. Law	leg_statute	New York	untitled
Retirement and Social Security Law	N.Y. Retire. & Soc. Sec. Law	leg_statute	New York	untitled
Court of Claims Act	N.Y. Ct. Cl. Act	leg_statute	New York	untitled
Real Property Tax Law	N.Y. Real Prop. Tax Law	leg_statute	New York	untitled
State Finance Law	N.Y. State Fin. Law	leg_statute	New York	untitled
Banking Law	N.Y. Banking Law	leg_statute	New York	untitled
Not-For-Profit Corporation Law	N.Y. Not-for-Profit Corp. Law	leg_statute	New York	untitled
Pa.C.S.	Pa. Cons. Stat.	leg_statute	Pennsylvania	titled
Pa. C.S.	Pa. Cons. Stat.	leg_statute	Pennsylvania	titled
Pa.C.S.A.	Pa. Cons. Stat.	leg_statute	Pennsylvania	titled
Pa. C.S.A.	Pa. Cons. Stat.	leg_statute	Pennsylvania	titled
P.S.	Pa. Stat. Ann.	leg_statute	Pennsylvania	titled
G.L. c.	Mass. Gen. Laws	leg_statute	Massachusetts	chapter
G. L. c.	Mass. Gen. Laws	leg_statute	Massachusetts	chapter
G.L.c.	Mass. Gen. Laws	leg_statute	Massachusetts	chapter
M.G.L. c.	Mass. Gen. Laws	leg_statute	Massachusetts	chapter
M.G.L.A. c.	Mass. Gen. Laws	leg_statute	Massachusetts	chapter
Mass. Gen. Laws ch.	Mass. Gen. Laws	leg_statute	Massachusetts	chapter
Mass. Gen. Laws c.	Mass. Gen. Laws	leg_statute	Massachusetts	chapter
Mass. Gen. L. c.	Mass. Gen. Laws	leg_statute	Massachusetts	chapter
Mass. Gen. L. ch.	Mass. Gen. Laws	leg_statute	Massachusetts	chapter
Mass. G.L. c.	Mass. Gen. Laws	leg_statute	Massachusetts	chapter
M.R.S.	Me. Rev. Stat.	leg_statute	Maine	titled
M.R.S.A.	Me. Rev. Stat.	leg_statute	Maine	titled
Del. C.	Del. Code Ann.	leg_statute	Delaware	titled
V.S.A.	Vt. Stat. Ann.	leg_statute	Vermont	titled
MCL	Mich. Comp. Laws	leg_statute	Michigan	untitled
M.C.L.	Mich. Comp. Laws	leg_statute	Michigan	untitled
MCLA	Mich. Comp. Laws	leg_statute	Michigan	untitled
M.C.L.A.	Mich. Comp. Laws	leg_statute	Michigan	untitled
RCW	Wash. Rev. Code	leg_statute	Washington	untitled
C.R.S.	Colo. Rev. Stat.	leg_statute	Colorado	untitled
C.R.S.A.	Colo. Rev. Stat.	leg_statute	Colorado	untitled
O.C.G.A.	Ga. Code Ann.	leg_statute	Georgia	untitled
OCGA	Ga. Code Ann.	leg_statute	Georgia	untitled
N.J.S.A.	N.J. Stat. Ann.	leg_statute	New Jersey	untitled
N.J.S.	N.J. Stat. Ann.	leg_statute	New Jersey	untitled
N.C.G.S.	N.C. Gen. Stat.	leg_statute	North Carolina	untitled
N.C. G.S.	N.C. Gen. Stat.	leg_statute	North Carolina	untitled
N.C.G.S.A.	N.C. Gen. Stat.	leg_statute	North Carolina	untitled
La. R.S.	La. Stat. Ann.	leg_statute	Louisiana	untitled
La. Rev. Stat.	La. Stat. Ann.	leg_statute	Louisiana	untitled
La. Rev. Stat. Ann.	La. Stat. Ann.	leg_statute	Louisiana	untitled
KRS	Ky. Rev. Stat. Ann.	leg_statute	Kentucky	untitled
ORS	Or. Rev. Stat.	leg_statute	Oregon	untitled
NRS	Nev. Rev. Stat.	leg_statute	Nevada	untitled
HRS	Haw. Rev. Stat.	leg_statute	Hawaii	untitled
RSA	N.H. Rev. Stat. Ann.	leg_statute	New Hampshire	untitled
A.R.S.	Ariz. Rev. Stat.	leg_statute	Arizona	untitled
SDCL	S.D. Codified Laws	leg_statute	South Dakota	untitled
N.D.C.C.	N.D. Cent. Code	leg_statute	North Dakota	untitled
T.C.A.	Tenn. Code Ann.	leg_statute	Tennessee	untitled
MCA	Mont. Code Ann.	leg_statute	Montana	untitled
General Statutes	Conn. Gen. Stat.	leg_statute	Connecticut	untitled
Ohio R.C.	Ohio Rev. Code Ann.	leg_statute	Ohio	untitled
Ohio Revised Code	Ohio Rev. Code Ann.	leg_statute	Ohio	untitled
Tennessee Code Annotated	Tenn. Code Ann.	leg_statute	Tennessee	untitled
General Construction Law	N.Y. Gen. Constr. Law	leg_statute	New York	untitled
L.P.R.A.	P.R. Laws Ann.	leg_statute	Puerto Rico	titled
Md. Code	Md. Code Ann.	leg_statute	Maryland	untitled
Md. Code Ann.	Md. Code Ann.	leg_statute	Maryland	untitled
NYCRR	N.Y. Comp. Codes R. & Regs.	admin_compilation	New York	titled
Ill. Adm. Code	Ill. Admin. Code	admin_compilation	Illinois	titled
Ill. Admin. Code	Ill. Admin. Code	admin_compilation	Illinois	titled
N.J.A.C.	N.J. Admin. Code	admin_compilation	New Jersey	numbered
WAC	Wash. Admin. Code	admin_compilation	Washington	numbered
OAR	Or. Admin. R.	admin_compilation	Oregon	numbered
COMAR	Md. Code Regs.	admin_compilation	Maryland	numbered
K.A.R.	Kan. Admin. Regs.	admin_compilation	Kansas	numbered
CSR	Mo. Code Regs. Ann.	admin_compilation	Missouri	titled
Fla. Admin. Code R.	Fla. Admin. Code Ann.	admin_compilation	Florida	numbered
Ohio Adm.Code	Ohio Admin. Code	admin_compilation	Ohio	numbered
Ohio Adm. Code	Ohio Admin. Code	admin_compilation	Ohio	numbered
AAC	Alaska Admin. Code	admin_compilation	Alaska	titled
ARM	Mont. Admin. R.	admin_compilation	Montana	numbered
N.Y.C.R.R.	N.Y. Comp. Codes R. & Regs.	admin_compilation	New York	titled
Fla. Admin. Code Ann. R.	Fla. Admin. Code Ann.	admin_compilation	Florida	untitled
Fla. Admin. Code Ann. r.	Fla. Admin. Code Ann.	admin_compilation	Florida	untitled
Mich. Admin. Code R.	Mich. Admin. Code	admin_compilation	Michigan	untitled
Iowa Admin. Code r.	Iowa Admin. Code	admin_compilation	Iowa	untitled
"""#
}

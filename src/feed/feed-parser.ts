// Written by test/tools/write-feed-parser.ts (npm run build:feed-parser) from the feed's schema in
// src/feed/schema.ts: zod's compiled parsers, as plain code. Do not edit.
// @ts-nocheck
import * as zodHelpers from './zod-helpers.js';

/** What a parser returns for input it does not accept: zod's own parse then tells why. */
export const INVALID = Symbol.for('zod.compile.invalid');

const head0 = ((INVALID, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15) => {
return (input) => {
if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
const v0 = input["schemaVersion"];
if (v0 !== 1) return INVALID;
const v1 = input["meta"];
if (typeof v1 !== "object" || v1 === null || Array.isArray(v1)) return INVALID;
const v2 = v1["title"];
if (typeof v2 !== "string") return INVALID;
const v3 = typeof v2 === "string" && v2.length >= 1 && v2.length < 2 ? c0(v2) : v2.length;
if (v3 < 1) return INVALID;
const v4 = v1["publisher"];
if (typeof v4 !== "string") return INVALID;
const v5 = typeof v4 === "string" && v4.length >= 1 && v4.length < 2 ? c0(v4) : v4.length;
if (v5 < 1) return INVALID;
const v6 = v1["contact"];
let v7 = (() => {
  let v8;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") return INVALID;
    const v9 = typeof v6 === "string" && v6.length >= 1 && v6.length < 2 ? c0(v6) : v6.length;
    if (v9 < 1) return INVALID;
    v8 = v6;
  }
  return v8;
})();
if (v7 === INVALID) {
  if ("contact" in v1) return INVALID;
  v7 = undefined;
}
const v10 = v1["licence"];
if (typeof v10 !== "string") return INVALID;
const v11 = typeof v10 === "string" && v10.length >= 1 && v10.length < 2 ? c0(v10) : v10.length;
if (v11 < 1) return INVALID;
const v12 = v1["language"];
if (typeof v12 !== "string") return INVALID;
c1.lastIndex = 0;
if (!c1.test(v12)) return INVALID;
const v13 = v1["published"];
if (typeof v13 !== "string") return INVALID;
c2.lastIndex = 0;
if (!c2.test(v13)) return INVALID;
const v14 = v1["updated"];
if (typeof v14 !== "string") return INVALID;
c2.lastIndex = 0;
if (!c2.test(v14)) return INVALID;
const v15 = v1["sample"];
if (typeof v15 !== "boolean") return INVALID;
const v16 = v1["description"];
let v17 = (() => {
  let v18;
  if (v16 !== undefined) {
    if (typeof v16 !== "string") return INVALID;
    const v19 = typeof v16 === "string" && v16.length >= 1 && v16.length < 2 ? c0(v16) : v16.length;
    if (v19 < 1) return INVALID;
    v18 = v16;
  }
  return v18;
})();
if (v17 === INVALID) {
  if ("description" in v1) return INVALID;
  v17 = undefined;
}
const v20 = {};
v20["title"] = v2;
v20["publisher"] = v4;
if ("contact" in v1) v20["contact"] = v7;
v20["licence"] = v10;
v20["language"] = v12;
v20["published"] = v13;
v20["updated"] = v14;
v20["sample"] = v15;
if ("description" in v1) v20["description"] = v17;
const v21 = input["themes"];
if (!Array.isArray(v21)) return INVALID;
const v22 = new Array(v21.length);
for (let v23 = 0; v23 < v21.length; v23++) {
  const v24 = v21[v23];
  if (typeof v24 !== "object" || v24 === null || Array.isArray(v24)) return INVALID;
  const v25 = v24["id"];
  if (typeof v25 !== "string") return INVALID;
  c3.lastIndex = 0;
  if (!c3.test(v25)) return INVALID;
  const v26 = v24["title"];
  if (typeof v26 !== "string") return INVALID;
  const v27 = typeof v26 === "string" && v26.length >= 1 && v26.length < 2 ? c0(v26) : v26.length;
  if (v27 < 1) return INVALID;
  const v28 = v24["order"];
  if (typeof v28 !== "number" || !Number.isFinite(v28)) return INVALID;
  if (!Number.isSafeInteger(v28)) return INVALID;
  const v29 = v24["link"];
  let v30 = (() => {
    let v31;
    if (v29 !== undefined) {
      if (typeof v29 !== "object" || v29 === null || Array.isArray(v29)) return INVALID;
      const v32 = v29["title"];
      if (typeof v32 !== "string") return INVALID;
      const v33 = typeof v32 === "string" && v32.length >= 1 && v32.length < 2 ? c0(v32) : v32.length;
      if (v33 < 1) return INVALID;
      const v34 = v29["url"];
      if (typeof v34 !== "string") return INVALID;
      c4.lastIndex = 0;
      if (!c4.test(v34)) return INVALID;
      const v35 = { "title": v32, "url": v34 };
      v31 = v35;
    }
    return v31;
  })();
  if (v30 === INVALID) {
    if ("link" in v24) return INVALID;
    v30 = undefined;
  }
  const v36 = {};
  v36["id"] = v25;
  v36["title"] = v26;
  v36["order"] = v28;
  if ("link" in v24) v36["link"] = v30;
  v22[v23] = v36;
}
const v37 = input["areas"];
if (!Array.isArray(v37)) return INVALID;
const v38 = new Array(v37.length);
for (let v39 = 0; v39 < v37.length; v39++) {
  const v40 = v37[v39];
  if (typeof v40 !== "object" || v40 === null || Array.isArray(v40)) return INVALID;
  const v41 = v40["id"];
  if (typeof v41 !== "string") return INVALID;
  c3.lastIndex = 0;
  if (!c3.test(v41)) return INVALID;
  const v42 = v40["name"];
  if (typeof v42 !== "string") return INVALID;
  const v43 = typeof v42 === "string" && v42.length >= 1 && v42.length < 2 ? c0(v42) : v42.length;
  if (v43 < 1) return INVALID;
  const v44 = v40["level"];
  if (!c5.has(v44)) return INVALID;
  const v45 = v40["parent"];
  let v46 = (() => {
    let v47;
    if (v45 !== undefined) {
      if (typeof v45 !== "string") return INVALID;
      c3.lastIndex = 0;
      if (!c3.test(v45)) return INVALID;
      v47 = v45;
    }
    return v47;
  })();
  if (v46 === INVALID) {
    if ("parent" in v40) return INVALID;
    v46 = undefined;
  }
  const v48 = v40["validFrom"];
  let v49 = (() => {
    let v50;
    if (v48 !== undefined) {
      if (typeof v48 !== "string") return INVALID;
      c2.lastIndex = 0;
      if (!c2.test(v48)) return INVALID;
      v50 = v48;
    }
    return v50;
  })();
  if (v49 === INVALID) {
    if ("validFrom" in v40) return INVALID;
    v49 = undefined;
  }
  const v51 = v40["validTo"];
  let v52 = (() => {
    let v53;
    if (v51 !== undefined) {
      if (typeof v51 !== "string") return INVALID;
      c2.lastIndex = 0;
      if (!c2.test(v51)) return INVALID;
      v53 = v51;
    }
    return v53;
  })();
  if (v52 === INVALID) {
    if ("validTo" in v40) return INVALID;
    v52 = undefined;
  }
  const v54 = v40["predecessors"];
  let v55 = (() => {
    let v56;
    if (v54 !== undefined) {
      if (!Array.isArray(v54)) return INVALID;
      const v57 = new Array(v54.length);
      for (let v58 = 0; v58 < v54.length; v58++) {
        const v59 = v54[v58];
        if (typeof v59 !== "string") return INVALID;
        c3.lastIndex = 0;
        if (!c3.test(v59)) return INVALID;
        v57[v58] = v59;
      }
      v56 = v57;
    }
    return v56;
  })();
  if (v55 === INVALID) {
    if ("predecessors" in v40) return INVALID;
    v55 = undefined;
  }
  const v60 = {};
  v60["id"] = v41;
  v60["name"] = v42;
  v60["level"] = v44;
  if ("parent" in v40) v60["parent"] = v46;
  if ("validFrom" in v40) v60["validFrom"] = v49;
  if ("validTo" in v40) v60["validTo"] = v52;
  if ("predecessors" in v40) v60["predecessors"] = v55;
  v38[v39] = v60;
}
const v61 = input["indicators"];
if (!Array.isArray(v61)) return INVALID;
const v62 = new Array(v61.length);
for (let v63 = 0; v63 < v61.length; v63++) {
  const v64 = v61[v63];
  if (typeof v64 !== "object" || v64 === null || Array.isArray(v64)) return INVALID;
  const v65 = v64["id"];
  if (typeof v65 !== "string") return INVALID;
  c3.lastIndex = 0;
  if (!c3.test(v65)) return INVALID;
  const v66 = v64["title"];
  if (typeof v66 !== "string") return INVALID;
  const v67 = typeof v66 === "string" && v66.length >= 1 && v66.length < 2 ? c0(v66) : v66.length;
  if (v67 < 1) return INVALID;
  const v68 = v64["shortTitle"];
  if (typeof v68 !== "string") return INVALID;
  const v69 = typeof v68 === "string" && v68.length >= 1 && v68.length < 2 ? c0(v68) : v68.length;
  if (v69 < 1) return INVALID;
  const v70 = v64["theme"];
  if (typeof v70 !== "string") return INVALID;
  c3.lastIndex = 0;
  if (!c3.test(v70)) return INVALID;
  const v71 = v64["unit"];
  if (typeof v71 !== "string") return INVALID;
  const v72 = typeof v71 === "string" && v71.length >= 1 && v71.length < 2 ? c0(v71) : v71.length;
  if (v72 < 1) return INVALID;
  const v73 = v64["kind"];
  if (!c6.has(v73)) return INVALID;
  const v74 = v64["decimals"];
  if (typeof v74 !== "number" || !Number.isFinite(v74)) return INVALID;
  if (!Number.isSafeInteger(v74)) return INVALID;
  if (v74 < 0) return INVALID;
  if (v74 > 4) return INVALID;
  const v75 = v64["polarity"];
  if (!c7.has(v75)) return INVALID;
  const v76 = v64["definition"];
  if (typeof v76 !== "string") return INVALID;
  const v77 = typeof v76 === "string" && v76.length >= 1 && v76.length < 2 ? c0(v76) : v76.length;
  if (v77 < 1) return INVALID;
  const v78 = v64["explanation"];
  let v79 = (() => {
    let v80;
    if (v78 !== undefined) {
      if (typeof v78 !== "string") return INVALID;
      const v81 = typeof v78 === "string" && v78.length >= 1 && v78.length < 2 ? c0(v78) : v78.length;
      if (v81 < 1) return INVALID;
      v80 = v78;
    }
    return v80;
  })();
  if (v79 === INVALID) {
    if ("explanation" in v64) return INVALID;
    v79 = undefined;
  }
  const v82 = v64["source"];
  if (typeof v82 !== "object" || v82 === null || Array.isArray(v82)) return INVALID;
  const v83 = v82["name"];
  if (typeof v83 !== "string") return INVALID;
  const v84 = typeof v83 === "string" && v83.length >= 1 && v83.length < 2 ? c0(v83) : v83.length;
  if (v84 < 1) return INVALID;
  const v85 = v82["url"];
  let v86 = (() => {
    let v87;
    if (v85 !== undefined) {
      if (typeof v85 !== "string") return INVALID;
      c4.lastIndex = 0;
      if (!c4.test(v85)) return INVALID;
      v87 = v85;
    }
    return v87;
  })();
  if (v86 === INVALID) {
    if ("url" in v82) return INVALID;
    v86 = undefined;
  }
  const v88 = v82["id"];
  let v89 = (() => {
    let v90;
    if (v88 !== undefined) {
      if (typeof v88 !== "string") return INVALID;
      c3.lastIndex = 0;
      if (!c3.test(v88)) return INVALID;
      v90 = v88;
    }
    return v90;
  })();
  if (v89 === INVALID) {
    if ("id" in v82) return INVALID;
    v89 = undefined;
  }
  const v91 = {};
  v91["name"] = v83;
  if ("url" in v82) v91["url"] = v86;
  if ("id" in v82) v91["id"] = v89;
  const v92 = v64["frequency"];
  if (!c8.has(v92)) return INVALID;
  const v93 = v64["lowestLevel"];
  if (!c9.has(v93)) return INVALID;
  const v94 = v64["chainStep"];
  if (!c10.has(v94)) return INVALID;
  const v95 = v64["instruments"];
  let v96 = (() => {
    let v97;
    if (v95 !== undefined) {
      if (!Array.isArray(v95)) return INVALID;
      const v98 = new Array(v95.length);
      for (let v99 = 0; v99 < v95.length; v99++) {
        const v100 = v95[v99];
        if (typeof v100 !== "object" || v100 === null || Array.isArray(v100)) return INVALID;
        const v101 = v100["title"];
        if (typeof v101 !== "string") return INVALID;
        const v102 = typeof v101 === "string" && v101.length >= 1 && v101.length < 2 ? c0(v101) : v101.length;
        if (v102 < 1) return INVALID;
        const v103 = v100["url"];
        if (typeof v103 !== "string") return INVALID;
        c4.lastIndex = 0;
        if (!c4.test(v103)) return INVALID;
        const v104 = { "title": v101, "url": v103 };
        v98[v99] = v104;
      }
      v97 = v98;
    }
    return v97;
  })();
  if (v96 === INVALID) {
    if ("instruments" in v64) return INVALID;
    v96 = undefined;
  }
  const v105 = v64["breaks"];
  let v106 = (() => {
    let v107;
    if (v105 !== undefined) {
      if (!Array.isArray(v105)) return INVALID;
      const v108 = new Array(v105.length);
      for (let v109 = 0; v109 < v105.length; v109++) {
        const v110 = v105[v109];
        if (typeof v110 !== "object" || v110 === null || Array.isArray(v110)) return INVALID;
        const v111 = v110["period"];
        if (typeof v111 !== "string") return INVALID;
        c11.lastIndex = 0;
        if (!c11.test(v111)) return INVALID;
        const v112 = v110["reason"];
        if (typeof v112 !== "string") return INVALID;
        const v113 = typeof v112 === "string" && v112.length >= 1 && v112.length < 2 ? c0(v112) : v112.length;
        if (v113 < 1) return INVALID;
        const v114 = v110["areas"];
        let v115 = (() => {
          let v116;
          if (v114 !== undefined) {
            if (!Array.isArray(v114)) return INVALID;
            const v117 = new Array(v114.length);
            for (let v118 = 0; v118 < v114.length; v118++) {
              const v119 = v114[v118];
              if (typeof v119 !== "string") return INVALID;
              c3.lastIndex = 0;
              if (!c3.test(v119)) return INVALID;
              v117[v118] = v119;
            }
            v116 = v117;
          }
          return v116;
        })();
        if (v115 === INVALID) {
          if ("areas" in v110) return INVALID;
          v115 = undefined;
        }
        const v120 = {};
        v120["period"] = v111;
        v120["reason"] = v112;
        if ("areas" in v110) v120["areas"] = v115;
        v108[v109] = v120;
      }
      v107 = v108;
    }
    return v107;
  })();
  if (v106 === INVALID) {
    if ("breaks" in v64) return INVALID;
    v106 = undefined;
  }
  const v121 = v64["specialPeriods"];
  let v122 = (() => {
    let v123;
    if (v121 !== undefined) {
      if (!Array.isArray(v121)) return INVALID;
      const v124 = new Array(v121.length);
      for (let v125 = 0; v125 < v121.length; v125++) {
        const v126 = v121[v125];
        if (typeof v126 !== "object" || v126 === null || Array.isArray(v126)) return INVALID;
        const v127 = v126["from"];
        if (typeof v127 !== "string") return INVALID;
        c11.lastIndex = 0;
        if (!c11.test(v127)) return INVALID;
        const v128 = v126["to"];
        if (typeof v128 !== "string") return INVALID;
        c11.lastIndex = 0;
        if (!c11.test(v128)) return INVALID;
        const v129 = v126["label"];
        if (typeof v129 !== "string") return INVALID;
        const v130 = typeof v129 === "string" && v129.length >= 1 && v129.length < 2 ? c0(v129) : v129.length;
        if (v130 < 1) return INVALID;
        const v131 = v126["reason"];
        let v132 = (() => {
          let v133;
          if (v131 !== undefined) {
            if (typeof v131 !== "string") return INVALID;
            const v134 = typeof v131 === "string" && v131.length >= 1 && v131.length < 2 ? c0(v131) : v131.length;
            if (v134 < 1) return INVALID;
            v133 = v131;
          }
          return v133;
        })();
        if (v132 === INVALID) {
          if ("reason" in v126) return INVALID;
          v132 = undefined;
        }
        const v135 = {};
        v135["from"] = v127;
        v135["to"] = v128;
        v135["label"] = v129;
        if ("reason" in v126) v135["reason"] = v132;
        v124[v125] = v135;
      }
      v123 = v124;
    }
    return v123;
  })();
  if (v122 === INVALID) {
    if ("specialPeriods" in v64) return INVALID;
    v122 = undefined;
  }
  const v136 = v64["inSentence"];
  let v137 = (() => {
    let v138;
    if (v136 !== undefined) {
      if (typeof v136 !== "string") return INVALID;
      c12.lastIndex = 0;
      if (!c12.test(v136)) return INVALID;
      v138 = v136;
    }
    return v138;
  })();
  if (v137 === INVALID) {
    if ("inSentence" in v64) return INVALID;
    v137 = undefined;
  }
  const v139 = v64["inSentenceOne"];
  let v140 = (() => {
    let v141;
    if (v139 !== undefined) {
      if (typeof v139 !== "string") return INVALID;
      c12.lastIndex = 0;
      if (!c12.test(v139)) return INVALID;
      v141 = v139;
    }
    return v141;
  })();
  if (v140 === INVALID) {
    if ("inSentenceOne" in v64) return INVALID;
    v140 = undefined;
  }
  const v142 = v64["rate"];
  let v143 = (() => {
    let v144;
    if (v142 !== undefined) {
      if (typeof v142 !== "object" || v142 === null || Array.isArray(v142)) return INVALID;
      const v145 = v142["unit"];
      if (typeof v145 !== "string") return INVALID;
      const v146 = typeof v145 === "string" && v145.length >= 1 && v145.length < 2 ? c0(v145) : v145.length;
      if (v146 < 1) return INVALID;
      const v147 = v142["per"];
      if (typeof v147 !== "number" || !Number.isFinite(v147)) return INVALID;
      if (!Number.isSafeInteger(v147)) return INVALID;
      if (v147 < 1) return INVALID;
      const v148 = v142["decimals"];
      let v149 = (() => {
        let v150;
        if (v148 !== undefined) {
          if (typeof v148 !== "number" || !Number.isFinite(v148)) return INVALID;
          if (!Number.isSafeInteger(v148)) return INVALID;
          if (v148 < 0) return INVALID;
          if (v148 > 4) return INVALID;
          v150 = v148;
        }
        return v150;
      })();
      if (v149 === INVALID) {
        if ("decimals" in v142) return INVALID;
        v149 = undefined;
      }
      const v151 = v142["inSentence"];
      let v152 = (() => {
        let v153;
        if (v151 !== undefined) {
          if (typeof v151 !== "string") return INVALID;
          c12.lastIndex = 0;
          if (!c12.test(v151)) return INVALID;
          v153 = v151;
        }
        return v153;
      })();
      if (v152 === INVALID) {
        if ("inSentence" in v142) return INVALID;
        v152 = undefined;
      }
      const v154 = {};
      v154["unit"] = v145;
      v154["per"] = v147;
      if ("decimals" in v142) v154["decimals"] = v149;
      if ("inSentence" in v142) v154["inSentence"] = v152;
      v144 = v154;
    }
    return v144;
  })();
  if (v143 === INVALID) {
    if ("rate" in v64) return INVALID;
    v143 = undefined;
  }
  const v155 = {};
  v155["id"] = v65;
  v155["title"] = v66;
  v155["shortTitle"] = v68;
  v155["theme"] = v70;
  v155["unit"] = v71;
  v155["kind"] = v73;
  v155["decimals"] = v74;
  v155["polarity"] = v75;
  v155["definition"] = v76;
  if ("explanation" in v64) v155["explanation"] = v79;
  v155["source"] = v91;
  v155["frequency"] = v92;
  v155["lowestLevel"] = v93;
  v155["chainStep"] = v94;
  if ("instruments" in v64) v155["instruments"] = v96;
  if ("breaks" in v64) v155["breaks"] = v106;
  if ("specialPeriods" in v64) v155["specialPeriods"] = v122;
  if ("inSentence" in v64) v155["inSentence"] = v137;
  if ("inSentenceOne" in v64) v155["inSentenceOne"] = v140;
  if ("rate" in v64) v155["rate"] = v143;
  v62[v63] = v155;
}
const v156 = input["duiding"];
if (!Array.isArray(v156)) return INVALID;
const v157 = new Array(v156.length);
for (let v158 = 0; v158 < v156.length; v158++) {
  const v159 = v156[v158];
  if (typeof v159 !== "object" || v159 === null || Array.isArray(v159)) return INVALID;
  const v160 = v159["indicator"];
  if (typeof v160 !== "string") return INVALID;
  c3.lastIndex = 0;
  if (!c3.test(v160)) return INVALID;
  const v161 = v159["area"];
  let v162 = (() => {
    let v163;
    if (v161 !== undefined) {
      if (typeof v161 !== "string") return INVALID;
      c3.lastIndex = 0;
      if (!c3.test(v161)) return INVALID;
      v163 = v161;
    }
    return v163;
  })();
  if (v162 === INVALID) {
    if ("area" in v159) return INVALID;
    v162 = undefined;
  }
  const v164 = v159["period"];
  let v165 = (() => {
    let v166;
    if (v164 !== undefined) {
      if (typeof v164 !== "string") return INVALID;
      c11.lastIndex = 0;
      if (!c11.test(v164)) return INVALID;
      v166 = v164;
    }
    return v166;
  })();
  if (v165 === INVALID) {
    if ("period" in v159) return INVALID;
    v165 = undefined;
  }
  const v167 = v159["text"];
  if (typeof v167 !== "string") return INVALID;
  const v168 = typeof v167 === "string" && v167.length >= 1 && v167.length < 2 ? c0(v167) : v167.length;
  if (v168 < 1) return INVALID;
  const v169 = v159["author"];
  if (typeof v169 !== "string") return INVALID;
  const v170 = typeof v169 === "string" && v169.length >= 1 && v169.length < 2 ? c0(v169) : v169.length;
  if (v170 < 1) return INVALID;
  const v171 = v159["partner"];
  let v172 = (() => {
    let v173;
    if (v171 !== undefined) {
      if (typeof v171 !== "string") return INVALID;
      const v174 = typeof v171 === "string" && v171.length >= 1 && v171.length < 2 ? c0(v171) : v171.length;
      if (v174 < 1) return INVALID;
      v173 = v171;
    }
    return v173;
  })();
  if (v172 === INVALID) {
    if ("partner" in v159) return INVALID;
    v172 = undefined;
  }
  const v175 = v159["date"];
  if (typeof v175 !== "string") return INVALID;
  c2.lastIndex = 0;
  if (!c2.test(v175)) return INVALID;
  const v176 = {};
  v176["indicator"] = v160;
  if ("area" in v159) v176["area"] = v162;
  if ("period" in v159) v176["period"] = v165;
  v176["text"] = v167;
  v176["author"] = v169;
  if ("partner" in v159) v176["partner"] = v172;
  v176["date"] = v175;
  v157[v158] = v176;
}
const v177 = input["opvallendheden"];
if (!Array.isArray(v177)) return INVALID;
const v178 = new Array(v177.length);
for (let v179 = 0; v179 < v177.length; v179++) {
  const v180 = v177[v179];
  if (typeof v180 !== "object" || v180 === null || Array.isArray(v180)) return INVALID;
  const v181 = v180["id"];
  if (typeof v181 !== "string") return INVALID;
  c3.lastIndex = 0;
  if (!c3.test(v181)) return INVALID;
  const v182 = v180["district"];
  if (typeof v182 !== "string") return INVALID;
  c3.lastIndex = 0;
  if (!c3.test(v182)) return INVALID;
  const v183 = v180["title"];
  if (typeof v183 !== "string") return INVALID;
  const v184 = typeof v183 === "string" && v183.length >= 1 && v183.length < 2 ? c0(v183) : v183.length;
  if (v184 < 1) return INVALID;
  const v185 = v180["text"];
  if (typeof v185 !== "string") return INVALID;
  const v186 = typeof v185 === "string" && v185.length >= 1 && v185.length < 2 ? c0(v185) : v185.length;
  if (v186 < 1) return INVALID;
  const v187 = v180["indicators"];
  if (!Array.isArray(v187)) return INVALID;
  const v188 = new Array(v187.length);
  for (let v189 = 0; v189 < v187.length; v189++) {
    const v190 = v187[v189];
    if (typeof v190 !== "string") return INVALID;
    c3.lastIndex = 0;
    if (!c3.test(v190)) return INVALID;
    v188[v189] = v190;
  }
  const v191 = v180["date"];
  if (typeof v191 !== "string") return INVALID;
  c2.lastIndex = 0;
  if (!c2.test(v191)) return INVALID;
  const v192 = v180["shared"];
  if (typeof v192 !== "boolean") return INVALID;
  const v193 = v180["author"];
  let v194 = (() => {
    let v195;
    if (v193 !== undefined) {
      if (typeof v193 !== "string") return INVALID;
      const v196 = typeof v193 === "string" && v193.length >= 1 && v193.length < 2 ? c0(v193) : v193.length;
      if (v196 < 1) return INVALID;
      v195 = v193;
    }
    return v195;
  })();
  if (v194 === INVALID) {
    if ("author" in v180) return INVALID;
    v194 = undefined;
  }
  const v197 = v180["partner"];
  let v198 = (() => {
    let v199;
    if (v197 !== undefined) {
      if (typeof v197 !== "string") return INVALID;
      const v200 = typeof v197 === "string" && v197.length >= 1 && v197.length < 2 ? c0(v197) : v197.length;
      if (v200 < 1) return INVALID;
      v199 = v197;
    }
    return v199;
  })();
  if (v198 === INVALID) {
    if ("partner" in v180) return INVALID;
    v198 = undefined;
  }
  const v201 = v180["area"];
  let v202 = (() => {
    let v203;
    if (v201 !== undefined) {
      if (typeof v201 !== "string") return INVALID;
      c3.lastIndex = 0;
      if (!c3.test(v201)) return INVALID;
      v203 = v201;
    }
    return v203;
  })();
  if (v202 === INVALID) {
    if ("area" in v180) return INVALID;
    v202 = undefined;
  }
  const v204 = v180["period"];
  let v205 = (() => {
    let v206;
    if (v204 !== undefined) {
      if (typeof v204 !== "string") return INVALID;
      c11.lastIndex = 0;
      if (!c11.test(v204)) return INVALID;
      v206 = v204;
    }
    return v206;
  })();
  if (v205 === INVALID) {
    if ("period" in v180) return INVALID;
    v205 = undefined;
  }
  const v207 = {};
  v207["id"] = v181;
  v207["district"] = v182;
  v207["title"] = v183;
  v207["text"] = v185;
  v207["indicators"] = v188;
  v207["date"] = v191;
  v207["shared"] = v192;
  if ("author" in v180) v207["author"] = v194;
  if ("partner" in v180) v207["partner"] = v198;
  if ("area" in v180) v207["area"] = v202;
  if ("period" in v180) v207["period"] = v205;
  v178[v179] = v207;
}
const v208 = input["areaGroups"];
let v209 = (() => {
  let v210;
  if (v208 !== undefined) {
    if (!Array.isArray(v208)) return INVALID;
    const v211 = new Array(v208.length);
    for (let v212 = 0; v212 < v208.length; v212++) {
      const v213 = v208[v212];
      if (typeof v213 !== "object" || v213 === null || Array.isArray(v213)) return INVALID;
      const v214 = v213["id"];
      if (typeof v214 !== "string") return INVALID;
      c3.lastIndex = 0;
      if (!c3.test(v214)) return INVALID;
      const v215 = v213["name"];
      if (typeof v215 !== "string") return INVALID;
      const v216 = typeof v215 === "string" && v215.length >= 1 && v215.length < 2 ? c0(v215) : v215.length;
      if (v216 < 1) return INVALID;
      const v217 = v213["rule"];
      if (typeof v217 !== "string") return INVALID;
      const v218 = typeof v217 === "string" && v217.length >= 1 && v217.length < 2 ? c0(v217) : v217.length;
      if (v218 < 1) return INVALID;
      const v219 = v213["members"];
      if (!Array.isArray(v219)) return INVALID;
      const v220 = new Array(v219.length);
      for (let v221 = 0; v221 < v219.length; v221++) {
        const v222 = v219[v221];
        if (typeof v222 !== "string") return INVALID;
        c3.lastIndex = 0;
        if (!c3.test(v222)) return INVALID;
        v220[v221] = v222;
      }
      const v223 = v213["partial"];
      let v224 = (() => {
        let v225;
        if (v223 !== undefined) {
          if (typeof v223 !== "boolean") return INVALID;
          v225 = v223;
        }
        return v225;
      })();
      if (v224 === INVALID) {
        if ("partial" in v213) return INVALID;
        v224 = undefined;
      }
      const v226 = {};
      v226["id"] = v214;
      v226["name"] = v215;
      v226["rule"] = v217;
      v226["members"] = v220;
      if ("partial" in v213) v226["partial"] = v224;
      v211[v212] = v226;
    }
    v210 = v211;
  }
  return v210;
})();
if (v209 === INVALID) {
  if ("areaGroups" in input) return INVALID;
  v209 = undefined;
}
const v227 = input["sources"];
let v228 = (() => {
  let v229;
  if (v227 !== undefined) {
    if (!Array.isArray(v227)) return INVALID;
    const v230 = new Array(v227.length);
    for (let v231 = 0; v231 < v227.length; v231++) {
      const v232 = v227[v231];
      if (typeof v232 !== "object" || v232 === null || Array.isArray(v232)) return INVALID;
      const v233 = v232["id"];
      if (typeof v233 !== "string") return INVALID;
      c3.lastIndex = 0;
      if (!c3.test(v233)) return INVALID;
      const v234 = v232["name"];
      if (typeof v234 !== "string") return INVALID;
      const v235 = typeof v234 === "string" && v234.length >= 1 && v234.length < 2 ? c0(v234) : v234.length;
      if (v235 < 1) return INVALID;
      const v236 = v232["publisher"];
      let v237 = (() => {
        let v238;
        if (v236 !== undefined) {
          if (typeof v236 !== "string") return INVALID;
          const v239 = typeof v236 === "string" && v236.length >= 1 && v236.length < 2 ? c0(v236) : v236.length;
          if (v239 < 1) return INVALID;
          v238 = v236;
        }
        return v238;
      })();
      if (v237 === INVALID) {
        if ("publisher" in v232) return INVALID;
        v237 = undefined;
      }
      const v240 = v232["url"];
      let v241 = (() => {
        let v242;
        if (v240 !== undefined) {
          if (typeof v240 !== "string") return INVALID;
          c4.lastIndex = 0;
          if (!c4.test(v240)) return INVALID;
          v242 = v240;
        }
        return v242;
      })();
      if (v241 === INVALID) {
        if ("url" in v232) return INVALID;
        v241 = undefined;
      }
      const v243 = v232["table"];
      let v244 = (() => {
        let v245;
        if (v243 !== undefined) {
          if (typeof v243 !== "object" || v243 === null || Array.isArray(v243)) return INVALID;
          const v246 = v243["title"];
          if (typeof v246 !== "string") return INVALID;
          const v247 = typeof v246 === "string" && v246.length >= 1 && v246.length < 2 ? c0(v246) : v246.length;
          if (v247 < 1) return INVALID;
          const v248 = v243["id"];
          let v249 = (() => {
            let v250;
            if (v248 !== undefined) {
              if (typeof v248 !== "string") return INVALID;
              const v251 = typeof v248 === "string" && v248.length >= 1 && v248.length < 2 ? c0(v248) : v248.length;
              if (v251 < 1) return INVALID;
              v250 = v248;
            }
            return v250;
          })();
          if (v249 === INVALID) {
            if ("id" in v243) return INVALID;
            v249 = undefined;
          }
          const v252 = v243["url"];
          let v253 = (() => {
            let v254;
            if (v252 !== undefined) {
              if (typeof v252 !== "string") return INVALID;
              c4.lastIndex = 0;
              if (!c4.test(v252)) return INVALID;
              v254 = v252;
            }
            return v254;
          })();
          if (v253 === INVALID) {
            if ("url" in v243) return INVALID;
            v253 = undefined;
          }
          const v255 = {};
          v255["title"] = v246;
          if ("id" in v243) v255["id"] = v249;
          if ("url" in v243) v255["url"] = v253;
          v245 = v255;
        }
        return v245;
      })();
      if (v244 === INVALID) {
        if ("table" in v232) return INVALID;
        v244 = undefined;
      }
      const v256 = v232["published"];
      let v257 = (() => {
        let v258;
        if (v256 !== undefined) {
          if (typeof v256 !== "string") return INVALID;
          c2.lastIndex = 0;
          if (!c2.test(v256)) return INVALID;
          v258 = v256;
        }
        return v258;
      })();
      if (v257 === INVALID) {
        if ("published" in v232) return INVALID;
        v257 = undefined;
      }
      const v259 = v232["nextUpdate"];
      let v260 = (() => {
        let v261;
        if (v259 !== undefined) {
          if (typeof v259 !== "string") return INVALID;
          c2.lastIndex = 0;
          if (!c2.test(v259)) return INVALID;
          v261 = v259;
        }
        return v261;
      })();
      if (v260 === INVALID) {
        if ("nextUpdate" in v232) return INVALID;
        v260 = undefined;
      }
      const v262 = v232["frequency"];
      let v263 = (() => {
        let v264;
        if (v262 !== undefined) {
          if (!c13.has(v262)) return INVALID;
          v264 = v262;
        }
        return v264;
      })();
      if (v263 === INVALID) {
        if ("frequency" in v232) return INVALID;
        v263 = undefined;
      }
      const v265 = v232["lowestLevel"];
      let v266 = (() => {
        let v267;
        if (v265 !== undefined) {
          if (!c14.has(v265)) return INVALID;
          v267 = v265;
        }
        return v267;
      })();
      if (v266 === INVALID) {
        if ("lowestLevel" in v232) return INVALID;
        v266 = undefined;
      }
      const v268 = v232["contact"];
      let v269 = (() => {
        let v270;
        if (v268 !== undefined) {
          if (typeof v268 !== "object" || v268 === null || Array.isArray(v268)) return INVALID;
          const v271 = v268["name"];
          let v272 = (() => {
            let v273;
            if (v271 !== undefined) {
              if (typeof v271 !== "string") return INVALID;
              const v274 = typeof v271 === "string" && v271.length >= 1 && v271.length < 2 ? c0(v271) : v271.length;
              if (v274 < 1) return INVALID;
              v273 = v271;
            }
            return v273;
          })();
          if (v272 === INVALID) {
            if ("name" in v268) return INVALID;
            v272 = undefined;
          }
          const v275 = v268["email"];
          let v276 = (() => {
            let v277;
            if (v275 !== undefined) {
              if (typeof v275 !== "string") return INVALID;
              c15.lastIndex = 0;
              if (!c15.test(v275)) return INVALID;
              v277 = v275;
            }
            return v277;
          })();
          if (v276 === INVALID) {
            if ("email" in v268) return INVALID;
            v276 = undefined;
          }
          const v278 = v268["url"];
          let v279 = (() => {
            let v280;
            if (v278 !== undefined) {
              if (typeof v278 !== "string") return INVALID;
              c4.lastIndex = 0;
              if (!c4.test(v278)) return INVALID;
              v280 = v278;
            }
            return v280;
          })();
          if (v279 === INVALID) {
            if ("url" in v268) return INVALID;
            v279 = undefined;
          }
          const v281 = {};
          if ("name" in v268) v281["name"] = v272;
          if ("email" in v268) v281["email"] = v276;
          if ("url" in v268) v281["url"] = v279;
          v270 = v281;
        }
        return v270;
      })();
      if (v269 === INVALID) {
        if ("contact" in v232) return INVALID;
        v269 = undefined;
      }
      const v282 = v232["links"];
      let v283 = (() => {
        let v284;
        if (v282 !== undefined) {
          if (!Array.isArray(v282)) return INVALID;
          const v285 = new Array(v282.length);
          for (let v286 = 0; v286 < v282.length; v286++) {
            const v287 = v282[v286];
            if (typeof v287 !== "object" || v287 === null || Array.isArray(v287)) return INVALID;
            const v288 = v287["title"];
            if (typeof v288 !== "string") return INVALID;
            const v289 = typeof v288 === "string" && v288.length >= 1 && v288.length < 2 ? c0(v288) : v288.length;
            if (v289 < 1) return INVALID;
            const v290 = v287["url"];
            if (typeof v290 !== "string") return INVALID;
            c4.lastIndex = 0;
            if (!c4.test(v290)) return INVALID;
            const v291 = { "title": v288, "url": v290 };
            v285[v286] = v291;
          }
          v284 = v285;
        }
        return v284;
      })();
      if (v283 === INVALID) {
        if ("links" in v232) return INVALID;
        v283 = undefined;
      }
      const v292 = {};
      v292["id"] = v233;
      v292["name"] = v234;
      if ("publisher" in v232) v292["publisher"] = v237;
      if ("url" in v232) v292["url"] = v241;
      if ("table" in v232) v292["table"] = v244;
      if ("published" in v232) v292["published"] = v257;
      if ("nextUpdate" in v232) v292["nextUpdate"] = v260;
      if ("frequency" in v232) v292["frequency"] = v263;
      if ("lowestLevel" in v232) v292["lowestLevel"] = v266;
      if ("contact" in v232) v292["contact"] = v269;
      if ("links" in v232) v292["links"] = v283;
      v230[v231] = v292;
    }
    v229 = v230;
  }
  return v229;
})();
if (v228 === INVALID) {
  if ("sources" in input) return INVALID;
  v228 = undefined;
}
const v293 = {};
v293["schemaVersion"] = v0;
v293["meta"] = v20;
v293["themes"] = v22;
v293["areas"] = v38;
v293["indicators"] = v62;
v293["duiding"] = v157;
v293["opvallendheden"] = v178;
if ("areaGroups" in input) v293["areaGroups"] = v209;
if ("sources" in input) v293["sources"] = v228;
return v293;
}
})(INVALID, zodHelpers.codePointLength, /^[a-z]{2}(-[A-Z]{2})?$/, /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/, /^[A-Za-z0-9][A-Za-z0-9_-]*$/, /^https?:\/\/\S+$/i, new Set(["land","eenheid","district","gemeente"]), new Set(["count","rate","percentage","score","survey"]), new Set(["higher-is-worse","higher-is-better","neutral"]), new Set(["jaar","halfjaar","kwartaal","tweejaarlijks","onregelmatig"]), new Set(["land","eenheid","district","gemeente"]), new Set(["pro-actie","preventie","preparatie","repressie","nazorg"]), /^\d{4}(-H[12]|-Q[1-4])?$/, /\{value\}/, new Set(["jaar","halfjaar","kwartaal","tweejaarlijks","onregelmatig"]), new Set(["land","eenheid","district","gemeente"]), /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/);

const series0 = ((INVALID, c0) => {
return (input) => {
if (typeof input !== "string") return INVALID;
c0.lastIndex = 0;
if (!c0.test(input)) return INVALID;
return input;
}
})(INVALID, /^\d{4}(-H[12]|-Q[1-4])?$/);

const series1 = series0;

const series2 = series0;

const series3 = ((INVALID, c0) => {
return (input) => {
if (typeof input !== "string") return INVALID;
c0.lastIndex = 0;
if (!c0.test(input)) return INVALID;
return input;
}
})(INVALID, /^[A-Za-z0-9][A-Za-z0-9_-]*$/);

const series4 = series0;

const series5 = series3;

const series6 = series0;

const series7 = ((INVALID, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13) => {
return (input) => {
if (!Array.isArray(input)) return INVALID;
const v0 = new Array(input.length);
for (let v1 = 0; v1 < input.length; v1++) {
  const v2 = input[v1];
  if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return INVALID;
  const v3 = v2["indicator"];
  if (typeof v3 !== "string") return INVALID;
  c0.lastIndex = 0;
  if (!c0.test(v3)) return INVALID;
  const v4 = v2["area"];
  if (typeof v4 !== "string") return INVALID;
  c0.lastIndex = 0;
  if (!c0.test(v4)) return INVALID;
  const v5 = v2["periods"];
  if (!Array.isArray(v5)) return INVALID;
  const v6 = new Array(v5.length);
  for (let v7 = 0; v7 < v5.length; v7++) {
    const v8 = v5[v7];
    if (typeof v8 !== "string") return INVALID;
    c1.lastIndex = 0;
    if (!c1.test(v8)) return INVALID;
    v6[v7] = v8;
  }
  const v9 = v2["values"];
  if (!Array.isArray(v9)) return INVALID;
  const v10 = new Array(v9.length);
  for (let v11 = 0; v11 < v9.length; v11++) {
    const v12 = v9[v11];
    let v13 = null;
    if (v12 !== null) {
      if (typeof v12 !== "number" || !Number.isFinite(v12)) return INVALID;
      v13 = v12;
    }
    v10[v11] = v13;
  }
  const v14 = v2["status"];
  let v15 = (() => {
    let v16;
    if (v14 !== undefined) {
      if (!c2(v14)) return INVALID;
      const v17 = {};
      const v21 = Object.getOwnPropertySymbols(v14);
      const v22 = Object.getOwnPropertyNames(v14);
      for (let v23 = 0; v23 < v22.length; v23++) {
        const v18 = v22[v23];
        if (v18 === "__proto__" || !c5.call(v14, v18)) continue;
        let v20 = c3(v18);
        if (v20 === INVALID && typeof v18 === "string" && c4.test(v18)) v20 = c3(Number(v18));
        if (v20 === INVALID) return INVALID;
        if (v20 === "__proto__") continue;
        const v24 = v14[v18];
        if (!c6.has(v24)) return INVALID;
        v17[v20] = v24;
      }
      for (let v23 = 0; v23 < v21.length; v23++) {
        const v18 = v21[v23];
        if (!c5.call(v14, v18)) continue;
        let v20 = c3(v18);
        if (v20 === INVALID && typeof v18 === "string" && c4.test(v18)) v20 = c3(Number(v18));
        if (v20 === INVALID) return INVALID;
        if (v20 === "__proto__") continue;
        const v25 = v14[v18];
        if (!c6.has(v25)) return INVALID;
        v17[v20] = v25;
      }
      v16 = v17;
    }
    return v16;
  })();
  if (v15 === INVALID) {
    if ("status" in v2) return INVALID;
    v15 = undefined;
  }
  const v26 = v2["margins"];
  let v27 = (() => {
    let v28;
    if (v26 !== undefined) {
      if (!Array.isArray(v26)) return INVALID;
      const v29 = new Array(v26.length);
      for (let v30 = 0; v30 < v26.length; v30++) {
        const v31 = v26[v30];
        let v32 = null;
        if (v31 !== null) {
          if (typeof v31 !== "number" || !Number.isFinite(v31)) return INVALID;
          if (v31 < 0) return INVALID;
          v32 = v31;
        }
        v29[v30] = v32;
      }
      v28 = v29;
    }
    return v28;
  })();
  if (v27 === INVALID) {
    if ("margins" in v2) return INVALID;
    v27 = undefined;
  }
  const v33 = v2["significance"];
  let v34 = (() => {
    let v35;
    if (v33 !== undefined) {
      if (!c2(v33)) return INVALID;
      const v36 = {};
      const v40 = Object.getOwnPropertySymbols(v33);
      const v41 = Object.getOwnPropertyNames(v33);
      for (let v42 = 0; v42 < v41.length; v42++) {
        const v37 = v41[v42];
        if (v37 === "__proto__" || !c5.call(v33, v37)) continue;
        let v39 = c7(v37);
        if (v39 === INVALID && typeof v37 === "string" && c4.test(v37)) v39 = c7(Number(v37));
        if (v39 === INVALID) return INVALID;
        if (v39 === "__proto__") continue;
        const v43 = v33[v37];
        if (typeof v43 !== "object" || v43 === null || Array.isArray(v43)) return INVALID;
        const v44 = v43["periods"];
        let v45 = (() => {
          let v46;
          if (v44 !== undefined) {
            if (!c2(v44)) return INVALID;
            const v47 = {};
            const v51 = Object.getOwnPropertySymbols(v44);
            const v52 = Object.getOwnPropertyNames(v44);
            for (let v53 = 0; v53 < v52.length; v53++) {
              const v48 = v52[v53];
              if (v48 === "__proto__" || !c5.call(v44, v48)) continue;
              let v50 = c8(v48);
              if (v50 === INVALID && typeof v48 === "string" && c4.test(v48)) v50 = c8(Number(v48));
              if (v50 === INVALID) return INVALID;
              if (v50 === "__proto__") continue;
              const v54 = v44[v48];
              if (typeof v54 !== "boolean") return INVALID;
              v47[v50] = v54;
            }
            for (let v53 = 0; v53 < v51.length; v53++) {
              const v48 = v51[v53];
              if (!c5.call(v44, v48)) continue;
              let v50 = c8(v48);
              if (v50 === INVALID && typeof v48 === "string" && c4.test(v48)) v50 = c8(Number(v48));
              if (v50 === INVALID) return INVALID;
              if (v50 === "__proto__") continue;
              const v55 = v44[v48];
              if (typeof v55 !== "boolean") return INVALID;
              v47[v50] = v55;
            }
            v46 = v47;
          }
          return v46;
        })();
        if (v45 === INVALID) {
          if ("periods" in v43) return INVALID;
          v45 = undefined;
        }
        const v56 = v43["areas"];
        let v57 = (() => {
          let v58;
          if (v56 !== undefined) {
            if (!c2(v56)) return INVALID;
            const v59 = {};
            const v63 = Object.getOwnPropertySymbols(v56);
            const v64 = Object.getOwnPropertyNames(v56);
            for (let v65 = 0; v65 < v64.length; v65++) {
              const v60 = v64[v65];
              if (v60 === "__proto__" || !c5.call(v56, v60)) continue;
              let v62 = c9(v60);
              if (v62 === INVALID && typeof v60 === "string" && c4.test(v60)) v62 = c9(Number(v60));
              if (v62 === INVALID) return INVALID;
              if (v62 === "__proto__") continue;
              const v66 = v56[v60];
              if (typeof v66 !== "boolean") return INVALID;
              v59[v62] = v66;
            }
            for (let v65 = 0; v65 < v63.length; v65++) {
              const v60 = v63[v65];
              if (!c5.call(v56, v60)) continue;
              let v62 = c9(v60);
              if (v62 === INVALID && typeof v60 === "string" && c4.test(v60)) v62 = c9(Number(v60));
              if (v62 === INVALID) return INVALID;
              if (v62 === "__proto__") continue;
              const v67 = v56[v60];
              if (typeof v67 !== "boolean") return INVALID;
              v59[v62] = v67;
            }
            v58 = v59;
          }
          return v58;
        })();
        if (v57 === INVALID) {
          if ("areas" in v43) return INVALID;
          v57 = undefined;
        }
        const v68 = {};
        if ("periods" in v43) v68["periods"] = v45;
        if ("areas" in v43) v68["areas"] = v57;
        v36[v39] = v68;
      }
      for (let v42 = 0; v42 < v40.length; v42++) {
        const v37 = v40[v42];
        if (!c5.call(v33, v37)) continue;
        let v39 = c7(v37);
        if (v39 === INVALID && typeof v37 === "string" && c4.test(v37)) v39 = c7(Number(v37));
        if (v39 === INVALID) return INVALID;
        if (v39 === "__proto__") continue;
        const v69 = v33[v37];
        if (typeof v69 !== "object" || v69 === null || Array.isArray(v69)) return INVALID;
        const v70 = v69["periods"];
        let v71 = (() => {
          let v72;
          if (v70 !== undefined) {
            if (!c2(v70)) return INVALID;
            const v73 = {};
            const v77 = Object.getOwnPropertySymbols(v70);
            const v78 = Object.getOwnPropertyNames(v70);
            for (let v79 = 0; v79 < v78.length; v79++) {
              const v74 = v78[v79];
              if (v74 === "__proto__" || !c5.call(v70, v74)) continue;
              let v76 = c10(v74);
              if (v76 === INVALID && typeof v74 === "string" && c4.test(v74)) v76 = c10(Number(v74));
              if (v76 === INVALID) return INVALID;
              if (v76 === "__proto__") continue;
              const v80 = v70[v74];
              if (typeof v80 !== "boolean") return INVALID;
              v73[v76] = v80;
            }
            for (let v79 = 0; v79 < v77.length; v79++) {
              const v74 = v77[v79];
              if (!c5.call(v70, v74)) continue;
              let v76 = c10(v74);
              if (v76 === INVALID && typeof v74 === "string" && c4.test(v74)) v76 = c10(Number(v74));
              if (v76 === INVALID) return INVALID;
              if (v76 === "__proto__") continue;
              const v81 = v70[v74];
              if (typeof v81 !== "boolean") return INVALID;
              v73[v76] = v81;
            }
            v72 = v73;
          }
          return v72;
        })();
        if (v71 === INVALID) {
          if ("periods" in v69) return INVALID;
          v71 = undefined;
        }
        const v82 = v69["areas"];
        let v83 = (() => {
          let v84;
          if (v82 !== undefined) {
            if (!c2(v82)) return INVALID;
            const v85 = {};
            const v89 = Object.getOwnPropertySymbols(v82);
            const v90 = Object.getOwnPropertyNames(v82);
            for (let v91 = 0; v91 < v90.length; v91++) {
              const v86 = v90[v91];
              if (v86 === "__proto__" || !c5.call(v82, v86)) continue;
              let v88 = c11(v86);
              if (v88 === INVALID && typeof v86 === "string" && c4.test(v86)) v88 = c11(Number(v86));
              if (v88 === INVALID) return INVALID;
              if (v88 === "__proto__") continue;
              const v92 = v82[v86];
              if (typeof v92 !== "boolean") return INVALID;
              v85[v88] = v92;
            }
            for (let v91 = 0; v91 < v89.length; v91++) {
              const v86 = v89[v91];
              if (!c5.call(v82, v86)) continue;
              let v88 = c11(v86);
              if (v88 === INVALID && typeof v86 === "string" && c4.test(v86)) v88 = c11(Number(v86));
              if (v88 === INVALID) return INVALID;
              if (v88 === "__proto__") continue;
              const v93 = v82[v86];
              if (typeof v93 !== "boolean") return INVALID;
              v85[v88] = v93;
            }
            v84 = v85;
          }
          return v84;
        })();
        if (v83 === INVALID) {
          if ("areas" in v69) return INVALID;
          v83 = undefined;
        }
        const v94 = {};
        if ("periods" in v69) v94["periods"] = v71;
        if ("areas" in v69) v94["areas"] = v83;
        v36[v39] = v94;
      }
      v35 = v36;
    }
    return v35;
  })();
  if (v34 === INVALID) {
    if ("significance" in v2) return INVALID;
    v34 = undefined;
  }
  const v95 = v2["notes"];
  let v96 = (() => {
    let v97;
    if (v95 !== undefined) {
      if (!c2(v95)) return INVALID;
      const v98 = {};
      const v102 = Object.getOwnPropertySymbols(v95);
      const v103 = Object.getOwnPropertyNames(v95);
      for (let v104 = 0; v104 < v103.length; v104++) {
        const v99 = v103[v104];
        if (v99 === "__proto__" || !c5.call(v95, v99)) continue;
        let v101 = c12(v99);
        if (v101 === INVALID && typeof v99 === "string" && c4.test(v99)) v101 = c12(Number(v99));
        if (v101 === INVALID) return INVALID;
        if (v101 === "__proto__") continue;
        const v105 = v95[v99];
        if (typeof v105 !== "string") return INVALID;
        const v106 = typeof v105 === "string" && v105.length >= 1 && v105.length < 2 ? c13(v105) : v105.length;
        if (v106 < 1) return INVALID;
        v98[v101] = v105;
      }
      for (let v104 = 0; v104 < v102.length; v104++) {
        const v99 = v102[v104];
        if (!c5.call(v95, v99)) continue;
        let v101 = c12(v99);
        if (v101 === INVALID && typeof v99 === "string" && c4.test(v99)) v101 = c12(Number(v99));
        if (v101 === INVALID) return INVALID;
        if (v101 === "__proto__") continue;
        const v107 = v95[v99];
        if (typeof v107 !== "string") return INVALID;
        const v108 = typeof v107 === "string" && v107.length >= 1 && v107.length < 2 ? c13(v107) : v107.length;
        if (v108 < 1) return INVALID;
        v98[v101] = v107;
      }
      v97 = v98;
    }
    return v97;
  })();
  if (v96 === INVALID) {
    if ("notes" in v2) return INVALID;
    v96 = undefined;
  }
  const v109 = v2["denominators"];
  let v110 = (() => {
    let v111;
    if (v109 !== undefined) {
      if (!Array.isArray(v109)) return INVALID;
      const v112 = new Array(v109.length);
      for (let v113 = 0; v113 < v109.length; v113++) {
        const v114 = v109[v113];
        let v115 = null;
        if (v114 !== null) {
          if (typeof v114 !== "number" || !Number.isFinite(v114)) return INVALID;
          if (v114 < 0) return INVALID;
          v115 = v114;
        }
        v112[v113] = v115;
      }
      v111 = v112;
    }
    return v111;
  })();
  if (v110 === INVALID) {
    if ("denominators" in v2) return INVALID;
    v110 = undefined;
  }
  const v116 = v2["counts"];
  let v117 = (() => {
    let v118;
    if (v116 !== undefined) {
      if (!Array.isArray(v116)) return INVALID;
      const v119 = new Array(v116.length);
      for (let v120 = 0; v120 < v116.length; v120++) {
        const v121 = v116[v120];
        let v122 = null;
        if (v121 !== null) {
          if (typeof v121 !== "number" || !Number.isFinite(v121)) return INVALID;
          if (v121 < 0) return INVALID;
          v122 = v121;
        }
        v119[v120] = v122;
      }
      v118 = v119;
    }
    return v118;
  })();
  if (v117 === INVALID) {
    if ("counts" in v2) return INVALID;
    v117 = undefined;
  }
  const v123 = {};
  v123["indicator"] = v3;
  v123["area"] = v4;
  v123["periods"] = v6;
  v123["values"] = v10;
  if ("status" in v2) v123["status"] = v15;
  if ("margins" in v2) v123["margins"] = v27;
  if ("significance" in v2) v123["significance"] = v34;
  if ("notes" in v2) v123["notes"] = v96;
  if ("denominators" in v2) v123["denominators"] = v110;
  if ("counts" in v2) v123["counts"] = v117;
  v0[v1] = v123;
}
return v0;
}
})(INVALID, /^[A-Za-z0-9][A-Za-z0-9_-]*$/, /^\d{4}(-H[12]|-Q[1-4])?$/, zodHelpers.isPlainObject, series0, /^-?\d+(?:\.\d+)?$/, Object.prototype.propertyIsEnumerable, new Set(["definitive","provisional","suppressed","not-applicable","no-data","revised-provisional","nil"]), series1, series2, series3, series4, series5, series6, zodHelpers.codePointLength);

/** Everything in the feed but its series, as `z.omit(feedSchema, { series: true })` parses it, or `INVALID`. */
export const parseHead: (input: unknown) => unknown = head0;

/** The feed's series as `feedSchema.shape.series` parses them, or `INVALID`. */
export const parseSeries: (input: unknown) => unknown = series7;

// Written by test/tools/write-series-parser.ts (npm run build:series-parser) from the schema of the
// feed's series in src/feed/schema.ts: zod's compiled parser, as plain code. Do not edit.
// @ts-nocheck
import { util } from 'zod/v4/core';

/** What the parser returns for series it does not accept: zod's own parse then tells why. */
export const INVALID = Symbol.for('zod.compile.invalid');

const parser0 = ((INVALID, c0) => {
return (input) => {
if (typeof input !== "string") return INVALID;
c0.lastIndex = 0;
if (!c0.test(input)) return INVALID;
return input;
}
})(INVALID, /^\d{4}(-H[12]|-Q[1-4])?$/);

const parser1 = ((INVALID, c0) => {
return (input) => {
if (typeof input !== "string") return INVALID;
c0.lastIndex = 0;
if (!c0.test(input)) return INVALID;
return input;
}
})(INVALID, /^\d{4}(-H[12]|-Q[1-4])?$/);

const parser2 = ((INVALID, c0) => {
return (input) => {
if (typeof input !== "string") return INVALID;
c0.lastIndex = 0;
if (!c0.test(input)) return INVALID;
return input;
}
})(INVALID, /^\d{4}(-H[12]|-Q[1-4])?$/);

const parser3 = ((INVALID, c0) => {
return (input) => {
if (typeof input !== "string") return INVALID;
c0.lastIndex = 0;
if (!c0.test(input)) return INVALID;
return input;
}
})(INVALID, /^[A-Za-z0-9][A-Za-z0-9_-]*$/);

const parser4 = ((INVALID, c0) => {
return (input) => {
if (typeof input !== "string") return INVALID;
c0.lastIndex = 0;
if (!c0.test(input)) return INVALID;
return input;
}
})(INVALID, /^\d{4}(-H[12]|-Q[1-4])?$/);

const parser5 = ((INVALID, c0) => {
return (input) => {
if (typeof input !== "string") return INVALID;
c0.lastIndex = 0;
if (!c0.test(input)) return INVALID;
return input;
}
})(INVALID, /^[A-Za-z0-9][A-Za-z0-9_-]*$/);

const parser6 = ((INVALID, c0) => {
return (input) => {
if (typeof input !== "string") return INVALID;
c0.lastIndex = 0;
if (!c0.test(input)) return INVALID;
return input;
}
})(INVALID, /^\d{4}(-H[12]|-Q[1-4])?$/);

const parser7 = ((INVALID, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13) => {
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
})(INVALID, /^[A-Za-z0-9][A-Za-z0-9_-]*$/, /^\d{4}(-H[12]|-Q[1-4])?$/, util.isPlainObject, parser0, /^-?\d+(?:\.\d+)?$/, Object.prototype.propertyIsEnumerable, new Set(["definitive","provisional","suppressed","not-applicable","no-data","revised-provisional","nil"]), parser1, parser2, parser3, parser4, parser5, parser6, util.codePointLength);

/** The feed's series as `feedSchema.shape.series` parses them, or `INVALID`. */
export const parseSeries: (input: unknown) => unknown = parser7;

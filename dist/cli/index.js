#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(612);
    const parser_1 = __nccwpck_require__(152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(525);
    const string_intern_1 = __nccwpck_require__(579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(612);
    const edit = __nccwpck_require__(807);
    const scanner = __nccwpck_require__(525);
    const parser = __nccwpck_require__(152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(209);
// SPDX-License-Identifier: GPL-2.0-only
/* The executable: wires main() to the process (ESLint bin/eslint.js). Kept trivial on purpose. */


process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 209:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main_main)
});

// UNUSED EXPORTS: HELP

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/engine/phys.ts
const SZ_4K = 1n << 12n;
const SZ_16K = 1n << 14n;
const SZ_64K = 1n << 16n;
const SZ_1M = 1n << 20n;
const SZ_2M = 1n << 21n;
const SZ_4M = 1n << 22n;
const SZ_16M = 1n << 24n;
const SZ_32M = (/* unused pure expression or super */ null && (1n << 25n));
const SZ_64M = (/* unused pure expression or super */ null && (1n << 26n));
const SZ_128M = 1n << 27n;
const SZ_256M = 1n << 28n;
const SZ_512M = 1n << 29n;
const SZ_1G = 1n << 30n;
const phys_SZ_4G = 1n << 32n;
const SZ_64T = 1n << 46n;
/** PHYS_ADDR_MAX / ULLONG_MAX. */
const PHYS_ADDR_MAX = (1n << 64n) - 1n;
const ULLONG_MAX = PHYS_ADDR_MAX;
/** SMP_CACHE_BYTES on arm64, x86_64 and riscv64 (L1_CACHE_BYTES = 64). */
const SMP_CACHE_BYTES = 64n;
/** Truncate to u64 exactly as C `unsigned long long` arithmetic would. */
const u64 = (x) => BigInt.asUintN(64, x);
/** round_down(x, y) for a power-of-two y (include/linux/math.h). */
function roundDown(x, align) {
    return x & ~(align - 1n);
}
/** round_up(x, y) for a power-of-two y, in u64 (it wraps like the C macro). */
function roundUp(x, align) {
    return u64(((x - 1n) | (align - 1n)) + 1n);
}
/** roundup(x, y) for any y (include/linux/math.h: ((x + y - 1) / y) * y). */
function roundUpAny(x, y) {
    return ((x + y - 1n) / y) * y;
}
const clamp = (x, lo, hi) => (x < lo ? lo : x > hi ? hi : x);
const max = (a, b) => (a > b ? a : b);
const min = (a, b) => (a < b ? a : b);
/** fls64(): index (1-based) of the most significant set bit, 0 for 0. */
function fls64(x) {
    return x === 0n ? 0 : x.toString(2).length;
}
/** `%016llx` with the `0x` the kernel's format strings put in front: 0x%016llx. */
function fmtPhys(x) {
    return '0x' + x.toString(16).padStart(16, '0');
}
/** `0x%0Nllx` for any width (`0x%08llx` is what the low-memory crash line uses). */
function fmtHex(x, width = 0) {
    return '0x' + x.toString(16).padStart(width, '0');
}
/** `%#018Lx` as in "Zone ranges:" (0x + 16 digits; `#` counts the 0x into the width). */
function fmtAlt018(x) {
    return x === 0n ? '0x0000000000000000' : '0x' + x.toString(16).padStart(16, '0');
}
/** `%lld` of a u64 reinterpreted as signed, as printk would print it. */
function fmtLld(x) {
    return BigInt.asIntN(64, x).toString();
}
/** A human size: 256M, 1G, 1536M, 64K … (largest exact unit). */
function fmtSize(x) {
    const units = [['E', 60n], ['P', 50n], ['T', 40n], ['G', 30n], ['M', 20n], ['K', 10n]];
    if (x === 0n)
        return '0';
    for (const [u, s] of units)
        if (x % (1n << s) === 0n)
            return `${x >> s}${u}`;
    return x.toString();
}
const isPowerOfTwo = (x) => x > 0n && (x & (x - 1n)) === 0n;

;// CONCATENATED MODULE: ./src/engine/memblock/memblock.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * memblock, the boot-time memory allocator, as far as the crash reservation depends on it:
 * the `memory` and `reserved` region arrays, their merging, NOMAP flags, and the top-down /
 * bottom-up range search. One simulation owns one Memblock, like the kernel's global.
 *
 * Field and function names follow mm/memblock.c; ranges are half-open [base, base + size).
 *
 * @kernel mm/memblock.c, include/linux/memblock.h
 */

const MEMBLOCK_NONE = 0;
const MEMBLOCK_HOTPLUG = (/* unused pure expression or super */ null && (1 << 0));
const MEMBLOCK_MIRROR = (/* unused pure expression or super */ null && (1 << 1));
const MEMBLOCK_NOMAP = 1 << 2;
/** Sentinels of memblock_alloc*(): `end` values the allocator replaces by current_limit. */
const MEMBLOCK_ALLOC_ANYWHERE = PHYS_ADDR_MAX;
const MEMBLOCK_ALLOC_ACCESSIBLE = 0n;
const MEMBLOCK_ALLOC_NOLEAKTRACE = 1n;
function memblockCreate(pageSize) {
    return {
        bottomUp: false,
        currentLimit: MEMBLOCK_ALLOC_ANYWHERE,
        memory: { name: 'memory', regions: [] },
        reserved: { name: 'reserved', regions: [] },
        pageSize,
    };
}
/** memblock_cap_size(): clamp size so that base + size does not overflow. */
const memblockCapSize = (base, size) => (size < PHYS_ADDR_MAX - base ? size : PHYS_ADDR_MAX - base);
/**
 * Mirrors memblock_merge_regions(): merge neighbours that touch and have the same flags.
 * @kernel mm/memblock.c memblock_merge_regions
 */
function memblockMergeRegions(type) {
    const r = type.regions;
    let i = 0;
    while (i < r.length - 1) {
        const a = r[i];
        const b = r[i + 1];
        if (a.base + a.size !== b.base || a.flags !== b.flags) {
            i++;
            continue;
        }
        a.size += b.size;
        r.splice(i + 1, 1);
    }
}
/**
 * Mirrors memblock_add_range(): insert [base, base + size) into `type`, skipping the parts
 * already covered, then merge.
 * @kernel mm/memblock.c memblock_add_range
 */
function memblockAddRange(type, base, size, flags, owner) {
    size = memblockCapSize(base, size);
    if (size === 0n)
        return;
    const end = base + size;
    const regions = type.regions;
    const merged = [];
    let cur = base;
    let i = 0;
    for (; i < regions.length; i++) {
        const rgn = regions[i];
        const rbase = rgn.base;
        const rend = rbase + rgn.size;
        if (rbase >= end)
            break;
        if (rend > cur) {
            // @rgn overlaps: insert the part below it, then continue above it.
            if (rbase > cur)
                merged.push({ base: cur, size: rbase - cur, flags, owner });
            if (rend > cur)
                cur = rend < end ? rend : end;
        }
        merged.push(rgn);
    }
    if (cur < end)
        merged.push({ base: cur, size: end - cur, flags, owner });
    for (; i < regions.length; i++)
        merged.push(regions[i]);
    type.regions = merged;
    memblockMergeRegions(type);
}
/**
 * Mirrors memblock_isolate_range(): split regions so that [base, base + size) is covered by
 * whole regions; returns their indices [start, end).
 * @kernel mm/memblock.c memblock_isolate_range
 */
function memblockIsolateRange(type, base, size) {
    size = memblockCapSize(base, size);
    const end = base + size;
    let startRgn = 0;
    let endRgn = 0;
    if (size === 0n)
        return [0, 0];
    const r = type.regions;
    for (let idx = 0; idx < r.length; idx++) {
        const rgn = r[idx];
        const rbase = rgn.base;
        const rend = rbase + rgn.size;
        if (rbase >= end)
            break;
        if (rend <= base)
            continue;
        if (rbase < base) {
            // @rgn intersects from below: split and redo this region.
            rgn.base = base;
            rgn.size -= base - rbase;
            r.splice(idx, 0, { base: rbase, size: base - rbase, flags: rgn.flags, owner: rgn.owner });
        }
        else if (rend > end) {
            // @rgn intersects from above: split and redo this region.
            rgn.base = end;
            rgn.size -= end - rbase;
            r.splice(idx, 0, { base: rbase, size: end - rbase, flags: rgn.flags, owner: rgn.owner });
            idx--;
        }
        else {
            if (endRgn === 0)
                startRgn = idx;
            endRgn = idx + 1;
        }
    }
    return [startRgn, endRgn];
}
/** Mirrors memblock_remove_range(). */
function memblockRemoveRange(type, base, size) {
    const [s, e] = memblockIsolateRange(type, base, size);
    if (e > s)
        type.regions.splice(s, e - s);
}
/** Mirrors memblock_add(). */
function memblockAdd(mb, base, size, flags = MEMBLOCK_NONE) {
    memblockAddRange(mb.memory, base, size, flags);
}
/** Mirrors memblock_remove(). */
function memblockRemove(mb, base, size) {
    memblockRemoveRange(mb.memory, base, size);
}
/** Mirrors memblock_reserve(). */
function memblockReserve(mb, base, size, owner) {
    memblockAddRange(mb.reserved, base, size, MEMBLOCK_NONE, owner);
}
/** Mirrors memblock_phys_free() (memblock_free() in 5.10). */
function memblockPhysFree(mb, base, size) {
    memblockRemoveRange(mb.reserved, base, size);
}
/** Mirrors memblock_setclr_flag() behind memblock_mark_nomap()/memblock_clear_nomap(). */
function memblockSetclrFlag(mb, base, size, set, flag) {
    const [s, e] = memblockIsolateRange(mb.memory, base, size);
    for (let i = s; i < e; i++) {
        const r = mb.memory.regions[i];
        r.flags = set ? r.flags | flag : r.flags & ~flag;
    }
    memblockMergeRegions(mb.memory);
}
const memblockMarkNomap = (mb, base, size) => memblockSetclrFlag(mb, base, size, true, MEMBLOCK_NOMAP);
const memblockClearNomap = (mb, base, size) => memblockSetclrFlag(mb, base, size, false, MEMBLOCK_NOMAP);
/** Mirrors memblock_phys_mem_size(): memblock.memory.total_size (NOMAP included). */
function memblockPhysMemSize(mb) {
    let t = 0n;
    for (const r of mb.memory.regions)
        t += r.size;
    return t;
}
/** Mirrors memblock_start_of_DRAM(). */
const memblockStartOfDram = (mb) => mb.memory.regions[0]?.base ?? 0n;
/** Mirrors memblock_end_of_DRAM(). */
function memblockEndOfDram(mb) {
    const r = mb.memory.regions.at(-1);
    return r ? r.base + r.size : 0n;
}
/** Mirrors memblock_search(): the index of the region holding `addr`, or -1. */
function memblockSearch(type, addr) {
    const r = type.regions;
    let lo = 0;
    let hi = r.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const m = r[mid];
        if (addr < m.base)
            hi = mid;
        else if (addr >= m.base + m.size)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}
/** Mirrors memblock_is_region_memory(): the region holding `base` also holds the end. */
function memblockIsRegionMemory(mb, base, size) {
    const idx = memblockSearch(mb.memory, base);
    if (idx === -1)
        return false;
    const end = base + memblockCapSize(base, size);
    const r = mb.memory.regions[idx];
    return r.base + r.size >= end;
}
/** Mirrors memblock_is_region_reserved(): overlaps any reserved region. */
function memblockIsRegionReserved(mb, base, size) {
    const end = base + memblockCapSize(base, size);
    return mb.reserved.regions.some((r) => r.base < end && base < r.base + r.size);
}
/**
 * Free ranges (memory minus reserved, skipping NOMAP as should_skip_region() does for a
 * default-flags request), in ascending order: for_each_free_mem_range().
 * @kernel mm/memblock.c __next_mem_range, should_skip_region
 */
function freeMemRanges(mb) {
    const out = [];
    const res = mb.reserved.regions;
    let ri = 0;
    for (const m of mb.memory.regions) {
        if (m.flags & MEMBLOCK_NOMAP)
            continue;
        const mEnd = m.base + m.size;
        let cur = m.base;
        while (ri < res.length && res[ri].base + res[ri].size <= cur)
            ri++;
        let j = ri;
        while (cur < mEnd) {
            const r = res[j];
            if (!r || r.base >= mEnd) {
                out.push([cur, mEnd]);
                break;
            }
            if (r.base > cur)
                out.push([cur, r.base]);
            const rEnd = r.base + r.size;
            if (rEnd > cur)
                cur = rEnd;
            j++;
        }
    }
    return out;
}
/**
 * Mirrors __memblock_find_range_top_down(): the highest aligned base in [start, end) whose
 * [base, base + size) fits in one free range; 0 when nothing fits.
 *
 * The free ranges are walked from the top as __next_mem_range_rev() yields them (memory
 * minus reserved, NOMAP skipped), without building them first: this is the engine's
 * hottest loop.
 */
function memblockFindRangeTopDown(mb, start, end, size, align) {
    const mem = mb.memory.regions;
    const res = mb.reserved.regions;
    let ri = res.length - 1;
    for (let mi = mem.length - 1; mi >= 0; mi--) {
        const m = mem[mi];
        if (m.flags & MEMBLOCK_NOMAP)
            continue;
        const mBase = m.base;
        const mEnd = m.base + m.size;
        if (mEnd <= start)
            return 0n;
        while (ri >= 0 && res[ri].base >= mEnd)
            ri--;
        let hi = mEnd;
        for (let j = ri; hi > mBase; j--) {
            const r = j >= 0 ? res[j] : undefined;
            const rEnd = r ? r.base + r.size : 0n;
            const lo = r && rEnd > mBase ? (rEnd < hi ? rEnd : hi) : mBase;
            if (lo < hi) {
                // One free range [lo, hi): clamp it to the window and try its top.
                const thisStart = lo < start ? start : lo > end ? end : lo;
                const thisEnd = hi < start ? start : hi > end ? end : hi;
                if (thisEnd >= size) {
                    const cand = (thisEnd - size) & ~(align - 1n);
                    if (cand >= thisStart)
                        return cand;
                }
            }
            if (!r || rEnd <= mBase)
                break;
            hi = r.base;
            if (hi <= start)
                return 0n;
        }
    }
    return 0n;
}
/** Mirrors __memblock_find_range_bottom_up(). */
function memblockFindRangeBottomUp(mb, start, end, size, align) {
    for (const [fs, fe] of freeMemRanges(mb)) {
        const thisStart = clamp(fs, start, end);
        const thisEnd = clamp(fe, start, end);
        const cand = roundUp(thisStart, align);
        if (cand < thisEnd && thisEnd - cand >= size)
            return cand;
    }
    return 0n;
}
/** Mirrors memblock_find_in_range_node(). */
function memblockFindInRangeNode(mb, size, align, start, end) {
    // Pump up @end.
    if (end === MEMBLOCK_ALLOC_ACCESSIBLE || end === MEMBLOCK_ALLOC_NOLEAKTRACE)
        end = mb.currentLimit;
    // Avoid allocating the first page.
    start = max(start, mb.pageSize);
    end = max(start, end);
    return mb.bottomUp
        ? memblockFindRangeBottomUp(mb, start, end, size, align)
        : memblockFindRangeTopDown(mb, start, end, size, align);
}
/**
 * Mirrors memblock_alloc_range_nid() for NUMA_NO_NODE (one node is all the engine models):
 * find, then reserve. Returns 0 on failure.
 */
function memblockAllocRangeNid(mb, size, align, start, end, owner) {
    if (align === 0n)
        align = SMP_CACHE_BYTES;
    const found = memblockFindInRangeNode(mb, size, align, start, end);
    if (found) {
        memblockReserve(mb, found, size, owner);
        return found;
    }
    return 0n;
}
/** Mirrors memblock_phys_alloc_range(). */
function memblockPhysAllocRange(mb, size, align, start, end, owner) {
    return memblockAllocRangeNid(mb, size, align, start, end, owner);
}
/**
 * Mirrors memblock_alloc_internal() behind memblock_alloc_try_nid() and friends:
 * max_addr is capped by current_limit and a failed attempt with a lower bound is retried
 * without it.
 */
function memblockAllocTryNid(mb, size, align, minAddr, maxAddr, owner) {
    if (maxAddr > mb.currentLimit)
        maxAddr = mb.currentLimit;
    let alloc = memblockAllocRangeNid(mb, size, align, minAddr, maxAddr, owner);
    if (!alloc && minAddr)
        alloc = memblockAllocRangeNid(mb, size, align, 0n, maxAddr, owner);
    return alloc;
}
/** memblock_alloc(size, align): anywhere accessible, top-down. */
const memblockAlloc = (mb, size, align, owner) => memblockAllocTryNid(mb, size, align, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, owner);
/**
 * `count` consecutive single-page allocations such as early_pgtable_alloc() makes, with
 * the result of calling memblockPhysAllocRange() `count` times but without the loop when
 * the top free range can hold them all (the common case: one merged run at the top of RAM).
 */
function memblockAllocPages(mb, count, pageSize, start, end, owner) {
    let left = BigInt(count);
    while (left > 0n) {
        const one = memblockFindInRangeNode(mb, pageSize, pageSize, start, end);
        if (!one)
            return;
        // How many more pages fit directly below `one` in the same free range?
        let lowest = one;
        if (!mb.bottomUp) {
            const free = freeMemRanges(mb).find(([s, e]) => s <= one && one < e);
            const floor = free ? max(free[0], max(start, mb.pageSize)) : one;
            const room = (one - roundUp(floor, pageSize)) / pageSize + 1n;
            const take = room < left ? room : left;
            lowest = one - (take - 1n) * pageSize;
            memblockReserve(mb, lowest, take * pageSize, owner);
            left -= take;
        }
        else {
            memblockReserve(mb, one, pageSize, owner);
            left -= 1n;
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/cma.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * The default CMA area: dma_contiguous_reserve() → cma_declare_contiguous_nid(). Its place
 * matters because it is taken before the crash reservation, right under the DMA limit.
 *
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve, early_cma;
 *         mm/cma.c cma_declare_contiguous_nid (v5.10.223, v6.12.117, v7.2.13)
 */


/** `cma=size[@base[-limit]]`: the size, when given (the last `cma=` wins, as early_param does). */
function cmaSizeFromCmdline(cmdline, policy) {
    let size;
    for (const tok of cmdline.split(' ')) {
        if (!tok.startsWith('cma='))
            continue;
        size = policy.parse.memparse(tok, 4).value;
    }
    return size;
}
/**
 * Mirrors cma_declare_contiguous_nid(base = 0, size, limit, alignment = 0, …, fixed = false):
 * bottom-up from 4G first when there is room above 4G, then top-down under `limit`.
 * Returns the base, or 0 after printing the failure.
 */
function cmaDeclareContiguous(mb, size, limit, minAlign, logNode, trace) {
    const memblockEnd = memblockEndOfDram(mb);
    const alignment = minAlign;
    size = (size + alignment - 1n) & ~(alignment - 1n);
    limit &= ~(alignment - 1n);
    if (limit === 0n || limit > memblockEnd)
        limit = memblockEnd;
    const fail = () => {
        trace.err('cma', `cma: Failed to reserve ${size / SZ_1M} MiB${logNode ? ' on node -1' : ''}`);
        return 0n;
    };
    if (size > limit)
        return fail();
    let addr = 0n;
    // Try bottom-up above 4G first, away from the constrained DMA zones.
    if (!mb.bottomUp && memblockEnd >= phys_SZ_4G + size) {
        mb.bottomUp = true;
        addr = memblockAllocRangeNid(mb, size, alignment, phys_SZ_4G, limit, 'cma');
        mb.bottomUp = false;
    }
    if (!addr)
        addr = memblockAllocRangeNid(mb, size, alignment, 0n, limit, 'cma');
    if (!addr)
        return fail();
    trace.info('cma', `cma: Reserved ${size / SZ_1M} MiB at 0x${addr.toString(16).padStart(16, '0')}${logNode ? ' on node -1' : ''}`);
    return addr;
}

;// CONCATENATED MODULE: ./src/engine/zones.ts

const hex018 = (x) => '0x' + x.toString(16).padStart(16, '0');
/** Mirrors free_area_init()'s zone bookkeeping and its pr_info lines. */
function freeAreaInit(mb, zones, pageSize) {
    const pfnDown = (x) => (x / pageSize) * pageSize;
    const pfnUp = (x) => ((x + pageSize - 1n) / pageSize) * pageSize;
    const regions = mb.memory.regions;
    let start = pfnDown(regions[0]?.base ?? 0n);
    const out = [];
    const lines = ['Zone ranges:'];
    for (const z of zones) {
        const end = max(pfnDown(z.limit), start);
        const empty = end === start;
        out.push({ name: z.name, start: empty ? null : start, end: empty ? null : end - 1n });
        lines.push(`  ${z.name.padEnd(8)} ${empty ? 'empty' : `[mem ${hex018(start)}-${hex018(end - 1n)}]`}`);
        start = end;
    }
    lines.push('Movable zone start for each node', 'Early memory node ranges');
    for (const r of regions) {
        const s = pfnUp(r.base);
        const e = pfnDown(r.base + r.size);
        if (e <= s)
            continue;
        lines.push(`  node   0: [mem ${hex018(s)}-${hex018(e - 1n)}]`);
    }
    const first = regions[0];
    const last = regions.at(-1);
    if (first && last)
        lines.push(`Initmem setup node 0 [mem ${hex018(pfnUp(first.base))}-${hex018(pfnDown(last.base + last.size) - 1n)}]`);
    return { zones: out, lines };
}

;// CONCATENATED MODULE: ./src/engine/arm64/linear-map-flags.ts
// ---------------------------------------------------------------- ids
/** The linear-map generation ids (Arm64Policy.linearMap). */
const LINEAR_MAP_GENERATIONS = [
    'arm64-5.10.0',
    'arm64-5.10.47',
    'arm64-5.10.111',
    'arm64-5.11',
    'arm64-5.18',
    'arm64-6.0',
    'arm64-6.1.65',
    'arm64-6.4',
    'arm64-6.12',
    'arm64-6.18',
    'arm64-7.0',
    'whatif-bhe-4g',
    'whatif-rppt',
];
const isLinearMapGeneration = (id) => LINEAR_MAP_GENERATIONS.includes(id);
/** isspace() of the kernel's ctype table for ASCII. */
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
/** skip_spaces() — lib/string_helpers.c / lib/string.c. */
function skipSpaces(s, i) {
    while (i < s.length && isSpace(s[i]))
        i++;
    return i;
}
/**
 * Mirrors next_arg() — lib/cmdline.c (kernel/params.c before 5.x): one token, quotes
 * allowed around the whole token or the value, '=' splits at its first occurrence (but a
 * leading '=' at index 0 is not a split: the C code tests `equals == 0`).
 *
 * @kernel lib/cmdline.c next_arg
 */
function nextArg(s, start) {
    let args = start;
    let inQuote = false;
    let quoted = false;
    if (s[args] === '"') {
        args++;
        inQuote = true;
        quoted = true;
    }
    let i = 0;
    let equals = 0;
    for (; args + i < s.length; i++) {
        const c = s[args + i];
        if (isSpace(c) && !inQuote)
            break;
        if (equals === 0 && c === '=')
            equals = i;
        if (c === '"')
            inQuote = !inQuote;
    }
    // The token is s[args, args + i); the C code writes NULs into it, we slice instead.
    let tokenEnd = args + i;
    let param;
    let val;
    let lastCharCut = false;
    if (!equals) {
        val = null;
        param = s.slice(args, tokenEnd);
    }
    else {
        param = s.slice(args, args + equals);
        let valStart = args + equals + 1;
        // Don't include quotes in value.
        if (s[valStart] === '"') {
            valStart++;
            if (s[tokenEnd - 1] === '"') {
                tokenEnd--;
                lastCharCut = true;
            }
        }
        val = s.slice(valStart, Math.max(valStart, tokenEnd));
    }
    if (quoted && i > 0 && !lastCharCut && s[args + i - 1] === '"') {
        if (val === null)
            param = param.slice(0, -1);
        else
            val = val.slice(0, -1);
    }
    const after = args + i < s.length ? args + i + 1 : args + i;
    return { param, val, next: skipSpaces(s, after) };
}
/**
 * The tokens parse_args() passes to do_early_param(), in order, stopping at a bare "--"
 * (everything after it belongs to init).
 *
 * @kernel kernel/params.c parse_args; init/main.c parse_early_options
 */
function parseEarlyParams(cmdline) {
    const out = [];
    let i = skipSpaces(cmdline, 0);
    while (i < cmdline.length) {
        const { param, val, next } = nextArg(cmdline, i);
        i = next;
        // Stop at --
        if (val === null && param === '--')
            break;
        out.push({ param, val });
    }
    return out;
}
/** dash2underscore() + parameq() — kernel/params.c: '-' and '_' are the same in names. */
function parameq(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        const x = a[i] === '-' ? '_' : a[i];
        const y = b[i] === '-' ? '_' : b[i];
        if (x !== y)
            return false;
    }
    return true;
}
// ---------------------------------------------------------------- number/bool parsers
const EINVAL = -22;
/**
 * Mirrors kstrtobool() of 5.10 — lib/kstrtox.c: y/Y/1 true, n/N/0 false, o[nN] true,
 * o[fF] false; anything else (and NULL) -EINVAL. Only the first one or two characters count,
 * so "noalias" is false and "yes-please" is true.
 *
 * @kernel lib/kstrtox.c kstrtobool (v5.10)
 */
function kstrtoboolV510(s) {
    if (s === null)
        return { ret: EINVAL };
    switch (s[0]) {
        case 'y':
        case 'Y':
        case '1':
            return { ret: 0, res: true };
        case 'n':
        case 'N':
        case '0':
            return { ret: 0, res: false };
        case 'o':
        case 'O':
            if (s[1] === 'n' || s[1] === 'N')
                return { ret: 0, res: true };
            if (s[1] === 'f' || s[1] === 'F')
                return { ret: 0, res: false };
            return { ret: EINVAL };
        default:
            return { ret: EINVAL };
    }
}
/**
 * Mirrors kstrtobool() of 5.17+ — lib/kstrtox.c: as 5.10 plus t/T (true) and f/F (false),
 * so "full" parses as false here, which is why no rodata parser of these kernels hands
 * "full" to kstrtobool.
 *
 * @kernel lib/kstrtox.c kstrtobool (v6.1, v6.12, v7.2)
 */
function kstrtoboolV517(s) {
    if (s !== null && (s[0] === 't' || s[0] === 'T'))
        return { ret: 0, res: true };
    if (s !== null && (s[0] === 'f' || s[0] === 'F'))
        return { ret: 0, res: false };
    return kstrtoboolV510(s);
}
const digitValue = (c) => {
    const code = c.toLowerCase().charCodeAt(0);
    if (code >= 48 && code <= 57)
        return code - 48;
    if (code >= 97 && code <= 102)
        return code - 87;
    return 99;
};
/**
 * _parse_integer_fixup_radix() + the digit loop of simple_strtoull() — lib/vsprintf.c,
 * lib/kstrtox.c: base 0 picks 16 for "0x" followed by a hex digit, 8 for a leading 0, else 10.
 * Returns the value modulo 2^64 and the index after the last digit.
 */
function parseUllBase0(s, i) {
    let base = 10;
    if (s[i] === '0') {
        if ((s[i + 1] === 'x' || s[i + 1] === 'X') && i + 2 < s.length && digitValue(s[i + 2]) < 16) {
            base = 16;
            i += 2;
        }
        else
            base = 8;
    }
    let value = 0n;
    let overflow = false;
    const b = BigInt(base);
    for (; i < s.length; i++) {
        const d = digitValue(s[i]);
        if (d >= base)
            break;
        value = value * b + BigInt(d);
        if (value >= 1n << 64n)
            overflow = true;
        value = BigInt.asUintN(64, value);
    }
    return { value, end: i, overflow };
}
/**
 * Mirrors get_option() for an `int` — lib/cmdline.c: simple_strtol() base 0 (a leading '-'
 * negates), the result truncated to int; returns false when no character was consumed.
 *
 * @kernel lib/cmdline.c get_option; lib/vsprintf.c simple_strtol
 */
function getOptionInt(s) {
    if (s === null || s.length === 0)
        return { ok: false };
    let i = 0;
    let neg = false;
    if (s[0] === '-') {
        neg = true;
        i = 1;
    }
    const { value, end } = parseUllBase0(s, i);
    // simple_strtol("-…") consumes the '-' even when no digit follows.
    if (end === 0)
        return { ok: false };
    const v = neg ? BigInt.asUintN(64, -value) : value;
    return { ok: true, value: Number(BigInt.asIntN(32, v)) };
}
/**
 * Mirrors kstrtoul(s, 0, &res) — lib/kstrtox.c _kstrtoull: base 0, at least one digit,
 * one optional trailing newline, nothing else; overflow is -ERANGE.
 *
 * @kernel lib/kstrtox.c kstrtoull
 */
function kstrtoulBase0(s) {
    if (s === null)
        return undefined;
    const start = s[0] === '+' ? 1 : 0;
    const { value, end, overflow } = parseUllBase0(s, start);
    if (end === start || overflow)
        return undefined;
    const rest = s.slice(end);
    if (rest !== '' && rest !== '\n')
        return undefined;
    return value;
}
const warn = (st, text) => {
    st.trace.push({ level: 'warn', source: 'params', text });
};
/** `%s` of a char * that may be NULL, as vsprintf prints it. */
const cstr = (s) => (s === null ? '(null)' : s);
/**
 * Mirrors do_early_param() — init/main.c: every early_param() whose name matches (parameq)
 * runs in command-line order; a non-zero return prints "Malformed early option".
 *
 * @kernel init/main.c do_early_param, parse_early_options
 */
function doEarlyParams(st, params, handlers) {
    for (const { param, val } of params) {
        for (const [name, fn] of Object.entries(handlers)) {
            if (!parameq(param, name))
                continue;
            if (fn(st, val) !== 0)
                warn(st, `Malformed early option '${param}'`);
        }
    }
}
/**
 * Mirrors enable_crash_mem_map() — arch/arm64/mm/mmu.c (5.10.47 … 6.3): any `crashkernel`
 * token, with any value or none, sets crash_mem_map; the real parsing happens later.
 *
 * @kernel arch/arm64/mm/mmu.c enable_crash_mem_map (v5.10.223, v6.1.192)
 */
const enableCrashMemMap = (st) => {
    st.crashMemMap = true;
    return 0;
};
/**
 * Mirrors early_debug_pagealloc() — mm/page_alloc.c (5.10, 6.1), mm/debug_page_alloc.c
 * (6.12, 7.2): kstrtobool into _debug_pagealloc_enabled_early. Registered only with
 * CONFIG_DEBUG_PAGEALLOC.
 */
const earlyDebugPageallocWith = (kstrtobool) => (st, val) => {
    const r = kstrtobool(val);
    if (r.ret !== 0)
        return r.ret;
    st.debugPagealloc = r.res;
    return 0;
};
/**
 * Mirrors parse_kfence_early_init() — arch/arm64/mm/mmu.c (6.1.65+): get_option() into an
 * int; when a number was read, kfence_early_init = !!val. Always returns 0.
 *
 * @kernel arch/arm64/mm/mmu.c parse_kfence_early_init (v6.1.192, v6.12.117, v7.2.13)
 */
const parseKfenceEarlyInit = (st, val) => {
    const r = getOptionInt(val);
    if (r.ok)
        st.kfenceEarlyInit = r.value !== 0;
    return 0;
};
/**
 * Mirrors parse_rodata() — arch/arm64/mm/mmu.c v5.10: a kstrtobool value sets
 * rodata_enabled and clears rodata_full; "full" sets both; anything else is -EINVAL.
 * (The kernel calls strcmp() on a NULL value for a bare `rodata`, which would oops; we
 * treat it as -EINVAL.)
 *
 * @kernel arch/arm64/mm/mmu.c parse_rodata (v5.10.223)
 */
const parseRodataV510 = (st, val) => {
    const r = kstrtoboolV510(val);
    if (r.ret === 0) {
        st.rodataEnabled = r.res;
        st.rodataFull = false;
        return 0;
    }
    // permit 'full' in addition to boolean options
    if (val !== 'full')
        return EINVAL;
    st.rodataEnabled = true;
    st.rodataFull = true;
    return 0;
};
/**
 * Mirrors set_debug_rodata() of 5.10 — init/main.c: a __setup("rodata=") handler that runs
 * after the early params (so only for tokens with '='), kstrtobool into rodata_enabled,
 * warning on anything else — including "full", which the arm64 early hook already took.
 *
 * @kernel init/main.c set_debug_rodata (v5.10.223)
 */
function setDebugRodataV510(st, val) {
    const r = kstrtoboolV510(val);
    if (r.ret !== 0)
        warn(st, `Invalid option string for rodata: '${val}'`);
    else
        st.rodataEnabled = r.res;
}
/** arch/arm64/include/asm/setup.h before acfa60dbe038 (6.0 – 6.1.64): only "full". */
const ARCH_RODATA_V60 = { full: [true, true] };
/** v6.1.192 / v6.12.117: "full", "off", "on" (= not full; acfa60dbe038, stable 6.1.65). */
const ARCH_RODATA_V61 = { full: [true, true], off: [false, false], on: [true, false] };
/** v7.2.13: "on" (= full), "off", "noalias" (= not full). */
const ARCH_RODATA_V7 = { on: [true, true], off: [false, false], noalias: [true, false] };
/**
 * Mirrors set_debug_rodata() of 6.x/7.x — init/main.c, an early_param: the arch hook
 * (arch_parse_debug_rodata() — arch/arm64/include/asm/setup.h) first, then the generic
 * "on"/"off" for rodata_enabled only, else the warning (with "(null)" for a bare `rodata`).
 * Always returns 0.
 *
 * @kernel init/main.c set_debug_rodata; arch/arm64/include/asm/setup.h arch_parse_debug_rodata
 */
const setDebugRodataWith = (words) => (st, val) => {
    const hit = val !== null && Object.hasOwn(words, val) ? words[val] : undefined;
    if (hit) {
        st.rodataEnabled = hit[0];
        st.rodataFull = hit[1];
        return 0;
    }
    if (val === 'on')
        st.rodataEnabled = true;
    else if (val === 'off')
        st.rodataEnabled = false;
    else
        warn(st, `Invalid option string for rodata: '${cstr(val)}'`);
    return 0;
};
/**
 * Mirrors param_set_sample_interval() as parse_args("Booting kernel") runs it for the
 * builtin module parameter `kfence.sample_interval` — mm/kfence/core.c: kstrtoul base 0;
 * an invalid value leaves CONFIG_KFENCE_SAMPLE_INTERVAL in place.
 *
 * @kernel mm/kfence/core.c param_set_sample_interval; kernel/params.c parse_one
 */
function kfenceModuleParam(st, params) {
    for (const { param, val } of params) {
        if (!parameq(param, 'kfence.sample_interval'))
            continue;
        const n = kstrtoulBase0(val);
        if (n !== undefined)
            st.kfenceSampleInterval = n;
    }
}
/** Runs one generation's parameter parsing over the command line. */
function parseParams(d, input) {
    const { config } = input;
    const st = {
        rodataEnabled: true,
        rodataFull: d.rodataFullDefault === true ? true : config.RODATA_FULL_DEFAULT_ENABLED,
        // CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT is not part of KernelConfig: assumed n.
        debugPagealloc: false,
        crashMemMap: false,
        kfenceEarlyInit: config.KFENCE && config.KFENCE_SAMPLE_INTERVAL !== 0,
        kfenceSampleInterval: config.KFENCE ? BigInt(config.KFENCE_SAMPLE_INTERVAL) : 0n,
        trace: [],
    };
    const params = parseEarlyParams(input.cmdline);
    const handlers = {};
    if (d.rodata === 'v5.10')
        handlers['rodata'] = parseRodataV510;
    else
        handlers['rodata'] = setDebugRodataWith(d.rodata);
    if (config.DEBUG_PAGEALLOC)
        handlers['debug_pagealloc'] = earlyDebugPageallocWith(d.kstrtobool);
    if (d.crashMemMapParam)
        handlers['crashkernel'] = enableCrashMemMap;
    if (d.kfenceEarlyParam && config.KFENCE)
        handlers['kfence.sample_interval'] = parseKfenceEarlyInit;
    doEarlyParams(st, params, handlers);
    // After setup_arch(): the __setup() handlers and builtin module parameters.
    if (d.rodata === 'v5.10') {
        for (const { param, val } of params)
            if (val !== null && parameq(param, 'rodata'))
                setDebugRodataV510(st, val);
    }
    if (config.KFENCE)
        kfenceModuleParam(st, params);
    if (!d.kfenceEarlyParam)
        st.kfenceEarlyInit = false;
    return st;
}
const DIALECT_V510 = { rodata: 'v5.10', kstrtobool: kstrtoboolV510, crashMemMapParam: true, kfenceEarlyParam: false, rodataFullDefault: 'config' };
/** 5.10.0 – 5.10.46: no crash_mem_map early param yet (2687275a5843 came with 5.10.47). */
const DIALECT_V5100 = { ...DIALECT_V510, crashMemMapParam: false };
/** 5.18 – 5.19 (and 6.0.y, UNCONFIRMED): still the 5.10 rodata parser, 5.17 kstrtobool. */
const DIALECT_V518 = { ...DIALECT_V510, kstrtobool: kstrtoboolV517 };
/** 6.0 – 6.1.64: arch_parse_debug_rodata() knows only "full" (2e8cff0a0eee). */
const DIALECT_V60 = { rodata: ARCH_RODATA_V60, kstrtobool: kstrtoboolV517, crashMemMapParam: true, kfenceEarlyParam: false, rodataFullDefault: 'config' };
/** 6.1.65 – 6.3: rodata=on means not full, kfence.sample_interval early param. */
const DIALECT_V6165 = { ...DIALECT_V60, rodata: ARCH_RODATA_V61, kfenceEarlyParam: true };
/** 6.4 – 6.x: no crash_mem_map any more (04a2a7af3d97). */
const DIALECT_V64 = { ...DIALECT_V6165, crashMemMapParam: false };
/** 7.x: rodata=on is full, rodata=noalias the old "on", rodata_full defaults to true. */
const DIALECT_V7 = { ...DIALECT_V64, rodata: ARCH_RODATA_V7, rodataFullDefault: true };
// ---------------------------------------------------------------- the generations
const dmaZones = (c) => c.ZONE_DMA || c.ZONE_DMA32;
function result(generation, st, forcedBy, extra = {}) {
    const forced = forcedBy.length > 0;
    return {
        generation,
        noBlock: forced,
        noCont: forced,
        forcedBy,
        forcedByCrashkernel: forcedBy.length === 1 && forcedBy[0] === 'crash_mem_map',
        kfenceEarly: extra.kfenceEarly ?? false,
        kfenceEnabled: extra.kfenceEnabled ?? st.kfenceSampleInterval !== 0n,
        crashEarlyPageMapped: extra.crashEarlyPageMapped ?? false,
        bbml2KeepsBlocks: extra.bbml2KeepsBlocks ?? false,
        state: {
            rodataEnabled: st.rodataEnabled,
            rodataFull: st.rodataFull,
            debugPagealloc: st.debugPagealloc,
            crashMemMap: st.crashMemMap,
            kfenceEarlyInit: st.kfenceEarlyInit,
            kfenceSampleInterval: st.kfenceSampleInterval,
        },
        trace: st.trace,
    };
}
const when = (cond, v) => (cond ? [v] : []);
/**
 * map_mem() of mainline 5.10 – 5.10.21 [per the 2687275a5843 backport diff, kernel-model
 * §6.1]: `rodata_full || debug_pagealloc_enabled()`; a crash region reserved early
 * (always, in this generation) is NOMAP'd and page-mapped on its own.
 */
function linearMapFlagsV5100(input) {
    const st = parseParams(DIALECT_V5100, input);
    const forcedBy = [...when(st.rodataFull, 'rodata_full'), ...when(st.debugPagealloc, 'debug_pagealloc')];
    return result('arm64-5.10.0', st, forcedBy, { kfenceEnabled: false, crashEarlyPageMapped: true });
}
/**
 * map_mem() of stable 5.10.47 – 5.10.110 (2687275a5843 "arm64/mm: Use page granular
 * mapping … crashkernel"): `rodata_full || crash_mem_map || debug_pagealloc_enabled()`;
 * the reservation is deferred, so there is no separate crash mapping.
 */
function linearMapFlagsV51047(input) {
    const st = parseParams(DIALECT_V510, input);
    const forcedBy = [
        ...when(st.rodataFull, 'rodata_full'),
        ...when(st.crashMemMap, 'crash_mem_map'),
        ...when(st.debugPagealloc, 'debug_pagealloc'),
    ];
    return result('arm64-5.10.47', st, forcedBy, { kfenceEnabled: false });
}
/**
 * map_mem() of stable 5.10.111+ (Debian 5.10.223): `rodata_full || debug_pagealloc_enabled()`;
 * with crash_mem_map, ZONE_DMA/ZONE_DMA32 (deferred reservation) add NO_BLOCK|NO_CONT
 * globally, otherwise an early reservation is NOMAP'd and page-mapped alone.
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v5.10.223)
 */
function linearMapFlagsV510111(input) {
    const st = parseParams(DIALECT_V510, input);
    const deferred = dmaZones(input.config);
    const forcedBy = [
        ...when(st.rodataFull, 'rodata_full'),
        ...when(st.debugPagealloc, 'debug_pagealloc'),
        ...when(st.crashMemMap && deferred, 'crash_mem_map'),
    ];
    return result('arm64-5.10.111', st, forcedBy, { kfenceEnabled: false, crashEarlyPageMapped: st.crashMemMap && !deferred });
}
/**
 * map_mem() of 5.11 – 5.17 [kernel-model §6.1]: `rodata_full || crash_mem_map ||
 * debug_pagealloc` plus IS_ENABLED(CONFIG_KFENCE) (5.12+; 5.15–5.17 spelt
 * can_set_direct_map() || crash_mem_map || IS_ENABLED(CONFIG_KFENCE)).
 */
function linearMapFlagsV511(input) {
    const st = parseParams(DIALECT_V510, input);
    const forcedBy = [
        ...when(st.rodataFull, 'rodata_full'),
        ...when(st.debugPagealloc, 'debug_pagealloc'),
        ...when(st.crashMemMap, 'crash_mem_map'),
        ...when(input.config.KFENCE, 'kfence'),
    ];
    return result('arm64-5.11', st, forcedBy);
}
/**
 * map_mem() of 5.18 – 5.19 [kernel-model §6.1; the 5.10 rodata parser is assumed]:
 * can_set_direct_map() = `rodata_full || debug_pagealloc || IS_ENABLED(CONFIG_KFENCE)`;
 * crash_mem_map forces pages only with DMA zones, else the early NOMAP path.
 */
function linearMapFlagsV518(input) {
    const st = parseParams(DIALECT_V518, input);
    const deferred = dmaZones(input.config);
    const forcedBy = [
        ...when(st.rodataFull, 'rodata_full'),
        ...when(st.debugPagealloc, 'debug_pagealloc'),
        ...when(input.config.KFENCE, 'kfence'),
        ...when(st.crashMemMap && deferred, 'crash_mem_map'),
    ];
    return result('arm64-5.18', st, forcedBy, { crashEarlyPageMapped: st.crashMemMap && !deferred });
}
/**
 * can_set_direct_map() of 6.0 – 6.1.64 (before acfa60dbe038): `(rodata_enabled &&
 * rodata_full) || debug_pagealloc || IS_ENABLED(CONFIG_KFENCE)`, so `rodata=on` leaves
 * rodata_full at its default and only `rodata=off` lifts it; crash_mem_map as 5.18.
 *
 * @kernel arch/arm64/mm/pageattr.c can_set_direct_map (6.1.0, kernel-model §6.1)
 */
function linearMapFlagsV60(input) {
    const st = parseParams(DIALECT_V60, input);
    const deferred = dmaZones(input.config);
    const forcedBy = [
        ...when(st.rodataEnabled && st.rodataFull, 'rodata_full'),
        ...when(st.debugPagealloc, 'debug_pagealloc'),
        ...when(input.config.KFENCE, 'kfence'),
        ...when(st.crashMemMap && deferred, 'crash_mem_map'),
    ];
    return result('arm64-6.0', st, forcedBy, { crashEarlyPageMapped: st.crashMemMap && !deferred });
}
/**
 * map_mem() of 6.1.65 – 6.3 (Debian 6.1.192): can_set_direct_map() = `rodata_full ||
 * debug_pagealloc || arm64_kfence_can_set_direct_map()` (KFENCE built in and not early);
 * crash_mem_map: defer_reserve_crashkernel() (= DMA zones) adds NO_BLOCK|NO_CONT, else the
 * early NOMAP path. An early KFENCE pool is allocated and page-mapped by map_mem().
 *
 * @kernel arch/arm64/mm/mmu.c map_mem; arch/arm64/mm/pageattr.c can_set_direct_map;
 *         arch/arm64/include/asm/memory.h defer_reserve_crashkernel (v6.1.192)
 */
function linearMapFlagsV6165(input) {
    const st = parseParams(DIALECT_V6165, input);
    const deferred = dmaZones(input.config);
    const forcedBy = [
        ...when(st.rodataFull, 'rodata_full'),
        ...when(st.debugPagealloc, 'debug_pagealloc'),
        ...when(input.config.KFENCE && !st.kfenceEarlyInit, 'kfence_late'),
        ...when(st.crashMemMap && deferred, 'crash_mem_map'),
    ];
    return result('arm64-6.1.65', st, forcedBy, { kfenceEarly: st.kfenceEarlyInit, crashEarlyPageMapped: st.crashMemMap && !deferred });
}
/**
 * map_mem() of 6.4 – 6.17 (Debian 6.12.117; 04a2a7af3d97 dropped crash_mem_map):
 * can_set_direct_map() = `rodata_full || debug_pagealloc || arm64_kfence_can_set_direct_map()`.
 * (6.4.0 – 6.6.x before the acfa60dbe038 backport still read `rodata=on` as "leave full";
 * ~6.13+ adds is_realm_world(), not modelled for this id.)
 *
 * @kernel arch/arm64/mm/mmu.c map_mem; arch/arm64/mm/pageattr.c can_set_direct_map (v6.12.117)
 */
function linearMapFlagsV64(input, generation = 'arm64-6.4') {
    const st = parseParams(DIALECT_V64, input);
    const forcedBy = [
        ...when(st.rodataFull, 'rodata_full'),
        ...when(st.debugPagealloc, 'debug_pagealloc'),
        ...when(input.config.KFENCE && !st.kfenceEarlyInit, 'kfence_late'),
    ];
    return result(generation, st, forcedBy, { kfenceEarly: st.kfenceEarlyInit });
}
/**
 * force_pte_mapping() — arch/arm64/mm/mmu.c (v7.2.13; BBML2 since a166563e7ec3, ~6.18):
 * debug_pagealloc ⇒ pages; else a BBML2_NOABORT CPU ⇒ blocks (split on demand later);
 * else `rodata_full || arm64_kfence_can_set_direct_map() || is_realm_world()`.
 */
function forcePteMapping(st, input) {
    if (st.debugPagealloc)
        return { forcedBy: ['debug_pagealloc'], bbml2KeepsBlocks: false };
    const wanted = [
        ...when(st.rodataFull, 'rodata_full'),
        ...when(input.config.KFENCE && !st.kfenceEarlyInit, 'kfence_late'),
        ...when(input.realmWorld === true, 'realm_world'),
    ];
    if (input.cpu.bbml2Noabort)
        return { forcedBy: [], bbml2KeepsBlocks: wanted.length > 0 };
    return { forcedBy: wanted, bbml2KeepsBlocks: false };
}
/**
 * map_mem() of ~6.18 – 6.x [UNCONFIRMED release: a166563e7ec3]: force_pte_mapping() with the
 * 6.x rodata parser (full/off/on) and rodata_full from the Kconfig default.
 */
function linearMapFlagsV618(input) {
    const st = parseParams(DIALECT_V64, input);
    const f = forcePteMapping(st, input);
    return result('arm64-6.18', st, f.forcedBy, { kfenceEarly: st.kfenceEarlyInit, bbml2KeepsBlocks: f.bbml2KeepsBlocks });
}
/**
 * map_mem() of 7.x (Debian 7.2.13): force_pte_mapping(); rodata_full defaults to true,
 * `rodata=on` is full and `rodata=noalias` is the old "on".
 *
 * @kernel arch/arm64/mm/mmu.c force_pte_mapping, map_mem; arch/arm64/mm/pageattr.c rodata_full;
 *         arch/arm64/include/asm/setup.h arch_parse_debug_rodata (v7.2.13)
 */
function linearMapFlagsV7(input) {
    const st = parseParams(DIALECT_V7, input);
    const f = forcePteMapping(st, input);
    return result('arm64-7.0', st, f.forcedBy, { kfenceEarly: st.kfenceEarlyInit, bbml2KeepsBlocks: f.bbml2KeepsBlocks });
}
/**
 * What-if (Baoquan He, LKML 2022-08): on the 6.0/6.1 code, the crash kernel is always
 * reserved early below 4G, so crash_mem_map never forces pages; the crash region alone is
 * NOMAP'd and page-mapped.
 */
function linearMapFlagsWhatifBhe4g(input) {
    const st = parseParams(DIALECT_V60, input);
    const forcedBy = [
        ...when(st.rodataEnabled && st.rodataFull, 'rodata_full'),
        ...when(st.debugPagealloc, 'debug_pagealloc'),
        ...when(input.config.KFENCE, 'kfence'),
    ];
    return result('whatif-bhe-4g', st, forcedBy, { crashEarlyPageMapped: st.crashMemMap });
}
/**
 * What-if (Mike Rapoport, LKML 2022-09): on the 6.0/6.1 code, a deferred (DMA zones)
 * reservation is simply not protected, so crash_mem_map forces nothing; without DMA zones
 * the early NOMAP path stays.
 */
function linearMapFlagsWhatifRppt(input) {
    const st = parseParams(DIALECT_V60, input);
    const forcedBy = [
        ...when(st.rodataEnabled && st.rodataFull, 'rodata_full'),
        ...when(st.debugPagealloc, 'debug_pagealloc'),
        ...when(input.config.KFENCE, 'kfence'),
    ];
    return result('whatif-rppt', st, forcedBy, { crashEarlyPageMapped: st.crashMemMap && !dmaZones(input.config) });
}
/** The registry: policy id → variant. */
const LINEAR_MAP_FLAGS = {
    'arm64-5.10.0': linearMapFlagsV5100,
    'arm64-5.10.47': linearMapFlagsV51047,
    'arm64-5.10.111': linearMapFlagsV510111,
    'arm64-5.11': linearMapFlagsV511,
    'arm64-5.18': linearMapFlagsV518,
    'arm64-6.0': linearMapFlagsV60,
    'arm64-6.1.65': linearMapFlagsV6165,
    'arm64-6.4': (i) => linearMapFlagsV64(i, 'arm64-6.4'),
    'arm64-6.12': (i) => linearMapFlagsV64(i, 'arm64-6.12'),
    'arm64-6.18': linearMapFlagsV618,
    'arm64-7.0': linearMapFlagsV7,
    'whatif-bhe-4g': linearMapFlagsWhatifBhe4g,
    'whatif-rppt': linearMapFlagsWhatifRppt,
};
/**
 * The linear-map flags of one boot: which global flags map_mem() passes for the memory
 * banks, why, and what the parameter parsing printed.
 *
 * @throws Error for an id that is not a LinearMapGeneration (a policy/registry mismatch).
 */
function linearMapFlags(generation, input) {
    if (!isLinearMapGeneration(generation))
        throw new Error(`assertion failed: unknown arm64 linear-map generation '${generation}'`);
    return LINEAR_MAP_FLAGS[generation](input);
}

;// CONCATENATED MODULE: ./src/engine/arm64/mmu.ts

// ---------------------------------------------------------------- flags and geometry
/** map_mem()'s flags (arch/arm64/mm/mmu.c); NO_EXEC_MAPPINGS does not change the layout. */
const NO_BLOCK_MAPPINGS = 1 << 0;
const NO_CONT_MAPPINGS = 1 << 1;
const PAGE_SHIFTS = new Map([[SZ_4K, 12n], [SZ_16K, 14n], [SZ_64K, 16n]]);
/** CONFIG_ARM64_CONT_PTE_SHIFT / CONFIG_ARM64_CONT_PMD_SHIFT defaults — arch/arm64/Kconfig. */
const CONT_SHIFTS = new Map([[SZ_4K, [4, 4]], [SZ_16K, [7, 5]], [SZ_64K, [5, 5]]]);
/**
 * The geometry for a granule and the VA bits in use: ARM64_HW_PGTABLE_LEVELS(va_bits) =
 * (va_bits - 4) / (PAGE_SHIFT - 3) — arch/arm64/include/asm/pgtable-hwdef.h.
 */
function pgtableGeometry(pageSize, vaBits) {
    const pageShift = PAGE_SHIFTS.get(pageSize);
    const cont = CONT_SHIFTS.get(pageSize);
    if (pageShift === undefined || cont === undefined)
        throw new Error(`assertion failed: arm64 has no ${pageSize}-byte granule`);
    const levels = Math.floor((vaBits - 4) / (Number(pageShift) - 3));
    if (levels < 2 || levels > 5)
        throw new Error(`assertion failed: ${vaBits}-bit VA gives ${levels} levels`);
    return {
        pageSize,
        pageShift,
        vaBits,
        rootLevel: 4 - levels,
        pageOffset: BigInt.asUintN(64, -(1n << BigInt(vaBits))),
        contPtes: 1 << cont[0],
        contPmds: 1 << cont[1],
    };
}
/** The VA shift of one entry at a hardware level (PAGE_SHIFT, PMD_SHIFT, PUD_SHIFT …). */
const levelShift = (g, level) => g.pageShift + BigInt(3 - level) * (g.pageShift - 3n);
const levelSize = (g, level) => 1n << levelShift(g, level);
/** PTRS_PER_PGD for the root, PTRS_PER_PTE (= PAGE_SIZE / 8) below it. */
const levelPtrs = (g, level) => level === g.rootLevel ? Number(1n << (BigInt(g.vaBits) - levelShift(g, level))) : Number(1n << (g.pageShift - 3n));
const PMD_LEVEL = 2;
const PTE_LEVEL = 3;
/**
 * ARM64_MEMSTART_ALIGN — arch/arm64/mm/init.c: PUD (4K), CONT_PMD (16K) or PMD (64K) size,
 * at least a sparsemem section (not applied here: SECTION_SIZE_BITS is 27 since 5.12).
 */
function arm64MemstartAlign(pageSize) {
    return pageSize === SZ_64K ? SZ_512M : SZ_1G;
}
/** KFENCE_POOL_SIZE = (CONFIG_KFENCE_NUM_OBJECTS + 1) * 2 * PAGE_SIZE — include/linux/kfence.h. */
function kfencePoolSize(pageSize, numObjects = 255) {
    return BigInt(numObjects + 1) * 2n * pageSize;
}
// ---------------------------------------------------------------- the page-table tree
/** Entry states (what the walker distinguishes). */
const DESC_NONE = 0;
const DESC_TABLE = 1;
const DESC_SECT = 2;
const DESC_SECT_CONT = 3;
const LEVEL_NAMES = { 0: 'p4d', 1: 'pud', 2: 'pmd', 3: 'pte' };
/**
 * ≤ 6.17 (v5.10.223 … v6.12.117): init_pmd()/alloc_init_pud() try the block whenever the
 * range is aligned, and the contiguous hint depends on alignment and NO_CONT only.
 */
const CREATE_MAPPING_V510 = {
    id: 'v5.10',
    sectionAllowedOver: () => true,
    contAllowedOver: () => true,
    // "live contiguous mappings may not be manipulated at all"; a table's pfn is not a block's.
    pgattrChangeIsSafe: (old, now) => old === DESC_NONE || (old === DESC_SECT && now === DESC_SECT),
};
/**
 * ~6.18 / 7.x (v7.2.13): `!pmd_table(old_pmd)` / `!pud_table(old_pud)` keep an existing
 * table, and pte_range_has_valid_noncont() / pmd_range_has_valid_noncont() refuse PTE_CONT
 * over a span holding a valid entry without it (a table entry counts as valid non-cont), so
 * map_mem() can map the same memory twice.
 *
 * @kernel arch/arm64/mm/mmu.c init_pmd, alloc_init_pud, pte_range_has_valid_noncont,
 *         pmd_range_has_valid_noncont (v7.2.13)
 */
const CREATE_MAPPING_V618 = {
    id: 'v6.18',
    sectionAllowedOver: (old) => old !== DESC_TABLE,
    contAllowedOver: (table, index, span) => {
        for (let i = index; i < index + span && i < table.desc.length; i++) {
            const d = table.desc[i];
            if (d === DESC_SECT || d === DESC_TABLE)
                return false;
        }
        return true;
    },
    // 7.x dropped the PTE_CONT rule, but PTE_CONT is not among the bits that may change.
    pgattrChangeIsSafe: (old, now) => old === DESC_NONE || (old !== DESC_TABLE && old === now),
};
function newTable(g, level, va) {
    const n = levelPtrs(g, level);
    return { level, va, desc: new Uint8Array(n), next: level < PTE_LEVEL ? new Array(n) : undefined };
}
const indexOf = (st, t, addr) => Number((addr - t.va) >> levelShift(st.g, t.level));
const hex = (x) => '0x' + x.toString(16);
/**
 * Mirrors early_pgtable_alloc() — arch/arm64/mm/mmu.c: one zeroed PAGE_SIZE page from
 * memblock (top-down; the caller replays the count). Here it only records the allocation.
 */
function earlyPgtableAlloc(st, level, va) {
    st.allocs.push({ phase: st.phase, level: LEVEL_NAMES[level] });
    return newTable(st.g, level, va);
}
/**
 * The `if (X_none(x)) { allocate, populate } else { BUG_ON(X_bad(x)); X_offset() }` prologue
 * shared by alloc_init_p4d/pud/cont_pmd/cont_pte for a real (unfolded) `level`: the table of
 * `level` hanging off entry `index` of `parent`.
 */
function tableBelow(st, parent, index, level, fn) {
    const d = parent.desc[index];
    if (d === DESC_TABLE)
        return parent.next[index];
    if (d !== DESC_NONE) {
        // BUG_ON(pmd_sect(pmd)) / BUG_ON(pud_sect(pud)): a block where a table is needed.
        st.warnings.push(`${fn}: BUG_ON(block entry) at VA ${hex(parent.va + (BigInt(index) << levelShift(st.g, parent.level)))}`);
    }
    const t = earlyPgtableAlloc(st, level, parent.va + (BigInt(index) << levelShift(st.g, parent.level)));
    parent.desc[index] = DESC_TABLE;
    parent.next[index] = t;
    return t;
}
/** X_addr_end(addr, end) for a boundary of 2^shift (the C form, safe against wrap). */
function addrEnd(addr, end, size) {
    const boundary = (addr + size) & ~(size - 1n);
    return boundary - 1n < end - 1n ? boundary : end;
}
const aligned = (x, size) => (x & (size - 1n)) === 0n;
/** Writes a block/page entry, recording the kernel's BUG_ON(!pgattr_change_is_safe()) cases. */
function setLeaf(st, t, i, cont, fn) {
    const old = t.desc[i];
    const now = cont ? DESC_SECT_CONT : DESC_SECT;
    if (!st.policy.pgattrChangeIsSafe(old, now)) {
        const what = old === DESC_TABLE ? 'block written over a table' : 'live block changed';
        st.warnings.push(`${fn}: BUG_ON(!pgattr_change_is_safe()): ${what} at VA ${hex(t.va + (BigInt(i) << levelShift(st.g, t.level)))}`);
    }
    if (old === DESC_TABLE)
        t.next[i] = undefined;
    t.desc[i] = now;
}
/**
 * Mirrors init_pte() — arch/arm64/mm/mmu.c: write one page entry per PAGE_SIZE in
 * [addr, end), all with or all without PTE_CONT (decided by the caller per CONT span).
 * Rewriting a live entry must pass pgattr_change_is_safe() (≤6.x: never a contiguous one).
 */
function initPte(st, t, addr, end, cont) {
    const i0 = indexOf(st, t, addr);
    const n = Number((end - addr) >> st.g.pageShift);
    const now = cont ? DESC_SECT_CONT : DESC_SECT;
    for (let i = i0; i < i0 + n; i++) {
        if (!st.policy.pgattrChangeIsSafe(t.desc[i], now)) {
            st.warnings.push(`init_pte: BUG_ON(!pgattr_change_is_safe()): live entry changed at VA ${hex(t.va + (BigInt(i) << st.g.pageShift))}`);
            break;
        }
    }
    t.desc.fill(now, i0, i0 + n);
}
/**
 * Mirrors alloc_init_cont_pte() — arch/arm64/mm/mmu.c: a PTE table for the PMD entry
 * (allocated if none), then per CONT_PTE span the contiguous hint when addr, next and phys
 * are CONT_PTE_SIZE aligned and NO_CONT_MAPPINGS is clear (7.x: and the span holds no valid
 * non-contiguous entry).
 */
function allocInitContPte(st, pmdT, pmdI, addr, end, phys, flags) {
    const t = tableBelow(st, pmdT, pmdI, PTE_LEVEL, 'alloc_init_cont_pte');
    const contSize = BigInt(st.g.contPtes) << st.g.pageShift;
    do {
        const next = addrEnd(addr, end, contSize);
        const cont = aligned(addr | next | phys, contSize) &&
            (flags & NO_CONT_MAPPINGS) === 0 &&
            st.policy.contAllowedOver(t, indexOf(st, t, addr), st.g.contPtes);
        initPte(st, t, addr, next, cont);
        phys += next - addr;
        addr = next;
    } while (addr !== end);
}
/**
 * Mirrors init_pmd() — arch/arm64/mm/mmu.c: per PMD entry, a block when addr, next and phys
 * are PMD_SIZE aligned and NO_BLOCK_MAPPINGS is clear (7.x: and the entry is not a table),
 * else a PTE table via alloc_init_cont_pte(). `cont` is the hint alloc_init_cont_pmd() put
 * into the prot.
 */
function initPmd(st, t, addr, end, phys, flags, cont) {
    const pmdSize = levelSize(st.g, PMD_LEVEL);
    do {
        const next = addrEnd(addr, end, levelSize(st.g, t.level));
        const i = indexOf(st, t, addr);
        if (aligned(addr | next | phys, pmdSize) && (flags & NO_BLOCK_MAPPINGS) === 0 && st.policy.sectionAllowedOver(t.desc[i])) {
            setLeaf(st, t, i, cont, 'init_pmd');
        }
        else {
            allocInitContPte(st, t, i, addr, next, phys, flags);
        }
        phys += next - addr;
        addr = next;
    } while (addr !== end);
}
/**
 * Mirrors alloc_init_cont_pmd() — arch/arm64/mm/mmu.c: a PMD table for the PUD entry
 * (allocated if none; with 2 levels the PMD *is* the root and the PUD pointer is reused,
 * as pmd_offset() of pgtable-nopmd.h does), then per CONT_PMD span the contiguous hint when
 * aligned and allowed, and init_pmd().
 */
function allocInitContPmd(st, pudT, pudI, addr, end, phys, flags) {
    const folded = PMD_LEVEL <= st.g.rootLevel;
    const t = folded ? pudT : tableBelow(st, pudT, pudI, PMD_LEVEL, 'alloc_init_cont_pmd');
    const contSize = BigInt(st.g.contPmds) << levelShift(st.g, PMD_LEVEL);
    do {
        const next = addrEnd(addr, end, contSize);
        const cont = aligned(addr | next | phys, contSize) &&
            (flags & NO_CONT_MAPPINGS) === 0 &&
            st.policy.contAllowedOver(t, indexOf(st, t, addr), st.g.contPmds);
        initPmd(st, t, addr, next, phys, flags, cont);
        phys += next - addr;
        addr = next;
    } while (addr !== end);
}
/**
 * Mirrors alloc_init_pud() — arch/arm64/mm/mmu.c: a PUD table for the P4D entry (allocated
 * if none; folded into the root with 3 or fewer levels), then per PUD entry a 1 GiB block
 * when pud_sect_supported() (4K granule only) and addr, next and phys are PUD_SIZE aligned
 * and NO_BLOCK_MAPPINGS is clear (7.x: and the entry is not a table), else
 * alloc_init_cont_pmd().
 */
function allocInitPud(st, p4dT, p4dI, addr, end, phys, flags) {
    const folded = 1 <= st.g.rootLevel;
    const t = folded ? p4dT : tableBelow(st, p4dT, p4dI, 1, 'alloc_init_pud');
    const pudSectSupported = st.g.pageSize === SZ_4K;
    do {
        const next = folded ? end : addrEnd(addr, end, levelSize(st.g, 1));
        const i = indexOf(st, t, addr);
        if (pudSectSupported &&
            aligned(addr | next | phys, levelSize(st.g, t.level)) &&
            (flags & NO_BLOCK_MAPPINGS) === 0 &&
            st.policy.sectionAllowedOver(t.desc[i])) {
            setLeaf(st, t, i, false, 'alloc_init_pud');
        }
        else {
            allocInitContPmd(st, t, i, addr, next, phys, flags);
        }
        phys += next - addr;
        addr = next;
    } while (addr !== end);
}
/**
 * Mirrors alloc_init_p4d() — arch/arm64/mm/mmu.c: with 5 levels (LPA2) a P4D table for the
 * PGD entry, else the PGD entry itself (p4d folded), then alloc_init_pud() per P4D entry.
 */
function allocInitP4d(st, pgdT, pgdI, addr, end, phys, flags) {
    const folded = 0 <= st.g.rootLevel;
    if (folded) {
        allocInitPud(st, pgdT, pgdI, addr, end, phys, flags);
        return;
    }
    const t = tableBelow(st, pgdT, pgdI, 0, 'alloc_init_p4d');
    do {
        const next = addrEnd(addr, end, levelSize(st.g, 0));
        allocInitPud(st, t, indexOf(st, t, addr), addr, next, phys, flags);
        phys += next - addr;
        addr = next;
    } while (addr !== end);
}
/**
 * Mirrors __create_pgd_mapping() / __create_pgd_mapping_locked() — arch/arm64/mm/mmu.c:
 * page-align, then alloc_init_p4d() per PGD entry of swapper_pg_dir.
 */
function createPgdMapping(st, phys, virt, size, flags) {
    const pageMask = ~(st.g.pageSize - 1n);
    if (((phys ^ virt) & ~pageMask) !== 0n) {
        st.warnings.push(`__create_pgd_mapping: WARN_ON(phys ${hex(phys)} and virt ${hex(virt)} differ within a page)`);
        return;
    }
    phys &= pageMask;
    let addr = virt & pageMask;
    const end = (virt + size + st.g.pageSize - 1n) & pageMask;
    if (addr === end)
        return;
    do {
        const next = addrEnd(addr, end, levelSize(st.g, st.root.level));
        allocInitP4d(st, st.root, indexOf(st, st.root, addr), addr, next, phys, flags);
        phys += next - addr;
        addr = next;
    } while (addr !== end);
}
/** __phys_to_virt() — arch/arm64/include/asm/memory.h: (phys - PHYS_OFFSET) | PAGE_OFFSET. */
const physToVirt = (c, pa) => c.st.g.pageOffset + (pa - c.memstart);
/** __map_memblock() — arch/arm64/mm/mmu.c: map [start, end) at its linear address. */
function mapMemblock(c, start, end, flags) {
    createPgdMapping(c.st, start, physToVirt(c, start), end - start, flags);
}
/**
 * for_each_mem_range() after memblock_mark_nomap() of `nomap`: memblock.memory regions
 * without MEMBLOCK_NOMAP (memblock merges neighbours with equal flags), in address order.
 *
 * @kernel mm/memblock.c __next_mem_range, memblock_setclr_flag, memblock_merge_regions
 */
function forEachMemRange(memory, nomap) {
    const merged = [];
    for (const r of [...memory].sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))) {
        const last = merged[merged.length - 1];
        if (last && r.base <= last[1])
            last[1] = r.base + r.size > last[1] ? r.base + r.size : last[1];
        else if (r.size > 0n)
            merged.push([r.base, r.base + r.size]);
    }
    let out = merged;
    for (const n of nomap) {
        const ns = n.base;
        const ne = n.base + n.size;
        out = out.flatMap(([s, e]) => {
            if (ne <= s || ns >= e)
                return [[s, e]];
            const parts = [];
            if (ns > s)
                parts.push([s, ns]);
            if (ne < e)
                parts.push([ne, e]);
            return parts;
        });
    }
    return out;
}
/**
 * map_mem() of 5.10 … 5.19 — arch/arm64/mm/mmu.c v5.10.223: [_text, __init_begin) and an
 * early crash region are NOMAP'd, the banks mapped with the global flags, then the kernel
 * alias with NO_CONT_MAPPINGS only (blocks allowed: the 2M runs of the kernel alias in the
 * walks) and the crash region with NO_BLOCK|NO_CONT.
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v5.10.223)
 */
function mapMemV510(c) {
    const { kernel, crashEarly } = c.input;
    const kernelStart = kernel.text;
    const kernelEnd = kernel.initBegin;
    const nomap = [{ base: kernelStart, size: kernelEnd - kernelStart }];
    if (crashEarly)
        nomap.push(crashEarly);
    for (const [start, end] of forEachMemRange(c.input.memory, nomap)) {
        if (start >= end)
            break;
        mapMemblock(c, start, end, c.flags);
    }
    mapMemblock(c, kernelStart, kernelEnd, NO_CONT_MAPPINGS);
    if (crashEarly)
        mapMemblock(c, crashEarly.base, crashEarly.base + crashEarly.size, NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS);
}
/**
 * map_mem() of 6.0 … 6.3 — arch/arm64/mm/mmu.c v6.1.192: as 5.10 but the alias starts at
 * _stext, and (6.1.65+) the early KFENCE pool is NOMAP'd during the bank loop and mapped at
 * the end with NO_BLOCK|NO_CONT (arm64_kfence_alloc_pool(), arm64_kfence_map_pool()).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem, arm64_kfence_alloc_pool, arm64_kfence_map_pool (v6.1.192)
 */
function mapMemV61(c) {
    const { kernel, crashEarly } = c.input;
    const pool = c.input.kfence?.early ? c.input.kfence : undefined;
    const kernelStart = kernel.stext ?? kernel.text;
    const kernelEnd = kernel.initBegin;
    const nomap = [];
    if (pool)
        nomap.push(pool);
    nomap.push({ base: kernelStart, size: kernelEnd - kernelStart });
    if (crashEarly)
        nomap.push(crashEarly);
    for (const [start, end] of forEachMemRange(c.input.memory, nomap)) {
        if (start >= end)
            break;
        mapMemblock(c, start, end, c.flags);
    }
    mapMemblock(c, kernelStart, kernelEnd, NO_CONT_MAPPINGS);
    if (crashEarly)
        mapMemblock(c, crashEarly.base, crashEarly.base + crashEarly.size, NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS);
    if (pool)
        mapMemblock(c, pool.base, pool.base + pool.size, NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS);
}
/**
 * map_mem() of 6.4 … 6.17 — arch/arm64/mm/mmu.c v6.12.117: no crash handling; the early
 * KFENCE pool and [_text, __init_begin) are NOMAP'd, the banks (rounded inwards to pages)
 * mapped with the global flags, then the kernel alias with NO_CONT_MAPPINGS and the pool
 * with NO_BLOCK|NO_CONT.
 *
 * @kernel arch/arm64/mm/mmu.c map_mem, arm64_kfence_alloc_pool, arm64_kfence_map_pool (v6.12.117)
 */
function mapMemV64(c) {
    const { kernel } = c.input;
    const pool = c.input.kfence?.early ? c.input.kfence : undefined;
    const pageMask = ~(c.st.g.pageSize - 1n);
    const kernelStart = kernel.text;
    const kernelEnd = kernel.initBegin;
    const nomap = [];
    if (pool)
        nomap.push(pool);
    nomap.push({ base: kernelStart, size: kernelEnd - kernelStart });
    for (let [start, end] of forEachMemRange(c.input.memory, nomap)) {
        if (start >= end)
            break;
        // Round inwards so a byte-precise NOMAP boundary never maps a no-map page.
        start = (start + c.st.g.pageSize - 1n) & pageMask;
        end = end & pageMask;
        if (start >= end)
            continue;
        mapMemblock(c, start, end, c.flags);
    }
    mapMemblock(c, kernelStart, kernelEnd, NO_CONT_MAPPINGS);
    if (pool)
        mapMemblock(c, pool.base, pool.base + pool.size, NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS);
}
/**
 * map_mem() of ~6.18 / 7.x — arch/arm64/mm/mmu.c v7.2.13: no NOMAP trick. The early KFENCE
 * pool is mapped first (NO_BLOCK|NO_CONT), then [_text, __init_begin) and
 * [__init_end, __bss_stop) with the global flags, then every bank with the global flags
 * over them (CREATE_MAPPING_V618 keeps what is there).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem, arm64_kfence_map_pool (v7.2.13)
 */
function mapMemV7(c) {
    const { kernel } = c.input;
    const pool = c.input.kfence?.early ? c.input.kfence : undefined;
    if (kernel.initEnd === undefined || kernel.bssStop === undefined) {
        throw new Error('assertion failed: map_mem() of 7.x needs __init_end and __bss_stop');
    }
    if (pool)
        mapMemblock(c, pool.base, pool.base + pool.size, NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS);
    mapMemblock(c, kernel.text, kernel.initBegin, c.flags);
    mapMemblock(c, kernel.initEnd, kernel.bssStop, c.flags);
    for (const [start, end] of forEachMemRange(c.input.memory, []))
        mapMemblock(c, start, end, c.flags);
}
/** Per generation: the map_mem() shape and the create-mapping rules. */
const MAP_MEM_VARIANTS = {
    'arm64-5.10.0': { mapMem: mapMemV510, policy: CREATE_MAPPING_V510 },
    'arm64-5.10.47': { mapMem: mapMemV510, policy: CREATE_MAPPING_V510 },
    'arm64-5.10.111': { mapMem: mapMemV510, policy: CREATE_MAPPING_V510 },
    'arm64-5.11': { mapMem: mapMemV510, policy: CREATE_MAPPING_V510 },
    // 5.18/5.19: the 5.10 shape is assumed (_text vs _stext start UNCONFIRMED).
    'arm64-5.18': { mapMem: mapMemV510, policy: CREATE_MAPPING_V510 },
    'arm64-6.0': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
    'arm64-6.1.65': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
    'arm64-6.4': { mapMem: mapMemV64, policy: CREATE_MAPPING_V510 },
    'arm64-6.12': { mapMem: mapMemV64, policy: CREATE_MAPPING_V510 },
    // ~6.18: the 7.2 shape is assumed to have come with the BBML2 work (UNCONFIRMED).
    'arm64-6.18': { mapMem: mapMemV7, policy: CREATE_MAPPING_V618 },
    'arm64-7.0': { mapMem: mapMemV7, policy: CREATE_MAPPING_V618 },
    'whatif-bhe-4g': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
    'whatif-rppt': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
};
/**
 * Mirrors the protection loop of kfence_init_pool() — mm/kfence/core.c: the first two pool
 * pages and the right guard page of every object are unmapped (kfence_protect() →
 * set_memory_valid(…, 0) on the linear address), leaving the objects' data pages
 * 2, 4, …, 2·N mapped.
 *
 * @kernel mm/kfence/core.c kfence_init_pool; arch/arm64/include/asm/kfence.h kfence_protect_page
 */
function kfenceInitPool(c, pool) {
    const n = pool.numObjects ?? 255;
    const page = c.st.g.pageSize;
    const protect = (pa) => {
        const va = physToVirt(c, pa);
        let t = c.st.root;
        for (;;) {
            const i = indexOf(c.st, t, va);
            const d = t.desc[i];
            if (d === DESC_TABLE) {
                t = t.next[i];
                continue;
            }
            if (t.level === PTE_LEVEL && d !== DESC_NONE)
                t.desc[i] = DESC_NONE;
            else
                c.st.warnings.push(`kfence_protect: no page mapping at ${hex(pa)} (set_memory_valid() fails on a block)`);
            return;
        }
    };
    protect(pool.base);
    protect(pool.base + page);
    for (let i = 0n; i < BigInt(n); i++)
        protect(pool.base + 2n * page + 2n * i * page + page);
}
// ---------------------------------------------------------------- walking the result
/** The walker's name for a mapping size: 4K, 64K, 2M, 32M, 512M, 1G, 64G, 4T … */
function sizeKey(size) {
    const units = [['T', 40n], ['G', 30n], ['M', 20n], ['K', 10n]];
    for (const [u, s] of units)
        if (size >= 1n << s && size % (1n << s) === 0n)
            return `${size >> s}${u}`;
    return `${size}`;
}
/** Walks the linear half of swapper_pg_dir in VA order, one callback per maximal run of equal entries in a table. */
function walkLinearMap(st, memstart, emit) {
    const g = st.g;
    const linearEnd = g.pageOffset + (1n << BigInt(g.vaBits - 1));
    const visit = (t) => {
        const shift = levelShift(g, t.level);
        const size = 1n << shift;
        const key = sizeKey(size);
        let i = 0;
        const n = t.desc.length;
        while (i < n) {
            const d = t.desc[i];
            if (d === DESC_NONE) {
                i++;
                continue;
            }
            if (d === DESC_TABLE) {
                visit(t.next[i]);
                i++;
                continue;
            }
            let j = i + 1;
            while (j < n && t.desc[j] === d)
                j++;
            const va = t.va + (BigInt(i) << shift);
            if (va < linearEnd)
                emit({ va, pa: va - g.pageOffset + memstart, size: BigInt(j - i) << shift, map: d === DESC_SECT_CONT ? `${key}-cont` : key });
            i = j;
        }
    };
    visit(st.root);
}
function layoutOf(st, memstart) {
    const histogram = {};
    const leaves = [];
    walkLinearMap(st, memstart, (l) => {
        histogram[l.map] = (histogram[l.map] ?? 0n) + l.size;
        leaves.push(l);
    });
    const tables = { p4d: 0, pud: 0, pmd: 0, pte: 0 };
    for (const a of st.allocs)
        if (a.phase === 'map_mem')
            tables[a.level]++;
    const all = tables.p4d + tables.pud + tables.pmd + tables.pte;
    return {
        histogram,
        tables,
        pageTableBytes: BigInt(all) * st.g.pageSize,
        lastLevelTableBytes: BigInt(tables.pte) * st.g.pageSize,
        leaves,
    };
}
function crashHistogram(leaves, r) {
    const h = {};
    const rs = r.base;
    const re = r.base + r.size;
    for (const l of leaves) {
        const s = l.pa > rs ? l.pa : rs;
        const e = l.pa + l.size < re ? l.pa + l.size : re;
        if (e > s)
            h[l.map] = (h[l.map] ?? 0n) + (e - s);
    }
    return h;
}
function runsOf(leaves) {
    const runs = [];
    for (const l of [...leaves].sort((a, b) => (a.pa < b.pa ? -1 : a.pa > b.pa ? 1 : 0))) {
        const last = runs[runs.length - 1];
        if (last && last.map === l.map && last.base + last.size === l.pa)
            last.size += l.size;
        else
            runs.push({ base: l.pa, size: l.size, va: l.va, map: l.map });
    }
    return runs;
}
// ---------------------------------------------------------------- paging_init()
function runMapMem(input, noBlock, noCont) {
    const variant = MAP_MEM_VARIANTS[input.generation];
    if (!variant)
        throw new Error(`assertion failed: unknown arm64 linear-map generation '${input.generation}'`);
    const g = pgtableGeometry(input.pageSize, input.vaBits);
    const lowest = input.memory.reduce((m, r) => (m === undefined || r.base < m ? r.base : m), undefined) ?? 0n;
    const memstart = input.memstartAddr ?? lowest & ~(arm64MemstartAlign(input.pageSize) - 1n);
    const st = { g, root: newTable(g, g.rootLevel, g.pageOffset), policy: variant.policy, phase: 'map_mem', allocs: [], warnings: [] };
    const c = { st, input, memstart, flags: (noBlock ? NO_BLOCK_MAPPINGS : 0) | (noCont ? NO_CONT_MAPPINGS : 0) };
    variant.mapMem(c);
    if (input.kfence?.initialised)
        kfenceInitPool(c, input.kfence);
    return { st, memstart };
}
/**
 * The page-table part of paging_init() — arch/arm64/mm/mmu.c: map_kernel() (≤6.x builds,
 * a per-build count), map_mem() (mirrored), the init_pg_dir free and create_idmap()
 * (6.0 – 6.8 builds, per-build count); then kfence_init_pool()'s unmapping, and the
 * resulting linear map.
 *
 * @kernel arch/arm64/mm/mmu.c paging_init, map_mem, create_idmap (v5.10.223, v6.1.192,
 *         v6.12.117, v7.2.13)
 */
function mapMem(input) {
    const { st, memstart } = runMapMem(input, input.flags.noBlock, input.flags.noCont);
    const lay = layoutOf(st, memstart);
    const pi = input.pagingInit ?? { mapKernelTablePages: 0, createIdmapTablePages: 0 };
    const steps = [];
    if (pi.mapKernelTablePages > 0)
        steps.push({ kind: 'pgtable', phase: 'map_kernel', pages: pi.mapKernelTablePages });
    if (input.kfence?.early)
        steps.push({ kind: 'kfence-pool', pool: { base: input.kfence.base, size: input.kfence.size } });
    const mapMemPages = st.allocs.length;
    steps.push({ kind: 'pgtable', phase: 'map_mem', pages: mapMemPages });
    if (pi.initPgDir)
        steps.push({ kind: 'free', what: 'init_pg_dir', range: pi.initPgDir });
    if (pi.createIdmapTablePages > 0)
        steps.push({ kind: 'pgtable', phase: 'create_idmap', pages: pi.createIdmapTablePages });
    const forced = input.flags.noBlock || input.flags.noCont;
    let block;
    if (forced && input.blockComparison !== false) {
        const b = runMapMem(input, false, false);
        const bl = layoutOf(b.st, b.memstart);
        block = { histogram: bl.histogram, tables: bl.tables, pageTableBytes: bl.pageTableBytes, lastLevelTableBytes: bl.lastLevelTableBytes };
    }
    else {
        block = { histogram: lay.histogram, tables: lay.tables, pageTableBytes: lay.pageTableBytes, lastLevelTableBytes: lay.lastLevelTableBytes };
    }
    return {
        steps,
        pgtablePages: pi.mapKernelTablePages + mapMemPages + pi.createIdmapTablePages,
        histogram: lay.histogram,
        tables: lay.tables,
        pageTableBytes: lay.pageTableBytes,
        lastLevelTableBytes: lay.lastLevelTableBytes,
        crashHistograms: (input.crashRanges ?? []).map((r) => crashHistogram(lay.leaves, r)),
        runs: runsOf(lay.leaves),
        block,
        warnings: st.warnings,
    };
}
/** The engine-boundary facts (types.ts LinearMapFacts) of one flags + mapMem() pair. */
function toLinearMapFacts(flags, r) {
    return {
        forcedBasePagesBy: [...flags.forcedBy],
        forcedByCrashkernel: flags.forcedByCrashkernel,
        histogram: r.histogram,
        crashHistogram: r.crashHistograms,
        pageTableBytes: r.lastLevelTableBytes,
        blockHistogram: r.block.histogram,
        blockPageTableBytes: r.block.lastLevelTableBytes,
        kfenceRuntimeUnmappablePages: 0,
    };
}
/**
 * The oracle's Debian builds. Measured from the oracle cases (QEMU virt, Image at
 * 0x40200000 = _text):
 * - initBegin: end of the read-only linear alias in every ptwalk case's `runs` (the RO 2M/4K
 *   runs end at __init_begin; mark_linear_text_alias_ro()).
 * - stext (6.1): start of the RO alias and of arm64_memblock_init()'s kernel reservation
 *   (6.1 reserves [_stext, _end): 0x40210000).
 * - initEnd/bssStop (7.2): the read-only [__init_end, __bss_stop) run that mark_rodata_ro()
 *   leaves in the rodata=on/noalias walks (0x42ae0000-0x430e6000), matching the block/cont
 *   breaks of the rodata=off+kfence walks.
 * - imageSize: kernels/images.json image_size; equals the end of the kernel reservation in
 *   every -mbdebug case.
 * - initPgDir: the paging_init memblock_free of every 5.10/6.1 -mbdebug case.
 * - mapKernelTablePages: the first early_pgtable_alloc group of the -mbdebug cases minus what
 *   map_mem() allocates (the same residual at 1G/2G/4G/8G: 5.10 → 6 = PUD + PMD + 4 PTE
 *   tables for the kernel segments, 6.1 → 7).
 * - createIdmapTablePages (6.1): the early_pgtable_alloc group after the init_pg_dir free.
 */
const BUILDS = {
    '5.10': {
        series: '5.10',
        release: '5.10.223',
        package: 'linux-image-5.10.0-32-arm64 5.10.223-1',
        generation: 'arm64-5.10.111',
        pageSize: SZ_4K,
        vaBits: 48,
        imageSize: 0x1ad0000n,
        offsets: { initBegin: 0x1280000n },
        mapKernelTablePages: 6,
        createIdmapTablePages: 0,
        initPgDir: { offset: 0x1ac8000n, size: 0x5000n },
        kfenceNumObjects: 0,
        measured: 'arm64-5.10-*-ptwalk runs (RO alias 0x40200000-0x41480000); arm64-5.10-plain-{1,2,4,8}G-ck256M-mbdebug (511/1024/2050/4102 pages, free 0x41cc8000+0x5000)',
    },
    '6.1': {
        series: '6.1',
        release: '6.1.192',
        package: 'linux-image-6.1.0-57-arm64 6.1.192-3',
        generation: 'arm64-6.1.65',
        pageSize: SZ_4K,
        vaBits: 48,
        imageSize: 0x2010000n,
        offsets: { stext: 0x10000n, initBegin: 0x1660000n },
        mapKernelTablePages: 7,
        createIdmapTablePages: 4,
        initPgDir: { offset: 0x200b000n, size: 0x5000n },
        kfenceNumObjects: 0,
        measured: 'arm64-6.1-*-ptwalk runs (RO alias 0x40210000-0x41860000); arm64-6.1-plain-{1,2,4,8}G-ck256M-mbdebug (511/1024/2050/4102 + 4 pages, free 0x4220b000+0x5000)',
    },
    '6.12': {
        series: '6.12',
        release: '6.12.117',
        package: 'linux-image-6.12.117+deb13-arm64 6.12.117-1',
        generation: 'arm64-6.12',
        pageSize: SZ_4K,
        vaBits: 52,
        imageSize: 0x2500000n,
        offsets: { initBegin: 0x1d30000n },
        mapKernelTablePages: 0,
        createIdmapTablePages: 0,
        kfenceNumObjects: 255,
        measured: 'arm64-6.12-*-ptwalk runs (RO alias 0x40200000-0x41f30000); arm64-6.12-plain-{1,2,4,8}G-ck256M-mbdebug (501/1014/2040/4092 pages, all from map_mem)',
    },
    '7.2': {
        series: '7.2',
        release: '7.2.13',
        package: 'linux-binary-7.2.13+deb14-arm64 7.2.13-1',
        generation: 'arm64-7.0',
        pageSize: SZ_4K,
        vaBits: 52,
        imageSize: 0x2f00000n,
        offsets: { initBegin: 0x2510000n, initEnd: 0x28e0000n, bssStop: 0x2ee6000n },
        mapKernelTablePages: 0,
        createIdmapTablePages: 0,
        kfenceNumObjects: 255,
        measured: 'arm64-7.2-*-ptwalk runs (RO alias 0x40200000-0x42710000, RO data 0x42ae0000-0x430e6000); arm64-7.2-plain-{1,2,4,8}G-ck256M-mbdebug (515/1028/2054/4106 pages, all from map_mem)',
    },
};
/** The measured constants of a Debian build by series ("6.12") or release ("6.12.117"). */
function kernelBuildLayout(series) {
    const key = series.split('.').slice(0, 2).join('.');
    const b = BUILDS[key];
    if (!b)
        return undefined;
    if (series.split('.').length > 2 && series !== b.release)
        return undefined;
    return b;
}
/** The symbols of a build whose Image was loaded at `textPa` (_text). */
function kernelSymbols(build, textPa) {
    const o = build.offsets;
    return {
        text: textPa,
        stext: o.stext === undefined ? undefined : textPa + o.stext,
        initBegin: textPa + o.initBegin,
        initEnd: o.initEnd === undefined ? undefined : textPa + o.initEnd,
        bssStop: o.bssStop === undefined ? undefined : textPa + o.bssStop,
        end: textPa + build.imageSize,
    };
}
/** MapMemInput.pagingInit of a build loaded at `textPa`. */
function buildPagingInit(build, textPa) {
    return {
        mapKernelTablePages: build.mapKernelTablePages,
        createIdmapTablePages: build.createIdmapTablePages,
        initPgDir: build.initPgDir ? { base: textPa + build.initPgDir.offset, size: build.initPgDir.size } : undefined,
    };
}
// ---------------------------------------------------------------- memoisation
const MAP_MEM_CACHE = new Map();
const MAP_MEM_CACHE_MAX = 512;
/** A stable key of a MapMemInput (bigints as hex). */
function mapMemKey(input) {
    return JSON.stringify(input, (_k, v) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v));
}
/**
 * mapMem() memoised on its input. mapMem() is a pure function of its input and fleets
 * repeat the same memory maps (every board of a preset and RAM size), so identical inputs
 * share one result. The cache is bounded and never changes a result; callers must not
 * mutate what it returns.
 */
function mapMemCached(input) {
    const key = mapMemKey(input);
    const hit = MAP_MEM_CACHE.get(key);
    if (hit)
        return hit;
    const r = mapMem(input);
    if (MAP_MEM_CACHE.size >= MAP_MEM_CACHE_MAX)
        MAP_MEM_CACHE.delete(MAP_MEM_CACHE.keys().next().value);
    MAP_MEM_CACHE.set(key, r);
    return r;
}

;// CONCATENATED MODULE: ./src/engine/arm64/paging.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * paging_init() as memblock sees it: the map_kernel() tables, the early KFENCE pool, the
 * linear-map tables of map_mem(), the init_pg_dir free and create_idmap(), allocated
 * top-down in that order, plus the linear-map facts the rules read afterwards.
 *
 * The page-table arithmetic is mmu.ts (map_mem() and the __create_pgd_mapping() chain);
 * this file only replays its steps on the simulation's memblock.
 *
 * @kernel arch/arm64/mm/mmu.c paging_init, map_mem, early_pgtable_alloc, arm64_kfence_alloc_pool
 */



const kfencePoolObjects = (p) => p.kfenceObjects;
/**
 * The Debian build whose measured constants (kernel text boundaries, map_kernel tables)
 * stand in for a kernel: its own series when the oracle booted it, else the nearest build of
 * the same linear-map generation family.
 */
function buildFor(release, generation) {
    const own = kernelBuildLayout(release.split('.').slice(0, 2).join('.'));
    if (own)
        return own;
    const fallback = {
        'arm64-5.10.0': '5.10', 'arm64-5.10.22': '5.10', 'arm64-5.10.37': '5.10', 'arm64-5.10.47': '5.10', 'arm64-5.10.111': '5.10',
        'arm64-5.11': '6.1', 'arm64-5.18': '6.1', 'arm64-5.19': '6.1', 'arm64-6.0': '6.1', 'arm64-6.1.65': '6.1', 'arm64-6.2': '6.1',
        'arm64-6.4': '6.12', 'arm64-6.5': '6.12', 'arm64-6.7': '6.12', 'arm64-6.12': '6.12', 'arm64-6.18': '7.2', 'arm64-7.0': '7.2',
        'whatif-bhe-4g': '6.1', 'whatif-rppt': '6.1',
    };
    return kernelBuildLayout(fallback[generation] ?? '6.12');
}
/** The memory map_mem() iterates: memblock.memory minus NOMAP, touching ranges merged. */
function mappableMemory(mb) {
    const out = [];
    for (const r of mb.memory.regions) {
        if (r.flags & MEMBLOCK_NOMAP)
            continue;
        const last = out.at(-1);
        if (last && last.base + last.size === r.base)
            last.size += r.size;
        else
            out.push({ base: r.base, size: r.size });
    }
    return out;
}
/** Runs paging_init()'s memblock side and returns the map for the linear-map facts. */
function arm64PagingInit(mb, layout, policy, trace, earlyCrash) {
    const pol = policy.arm64;
    const flags = linearMapFlags(pol.linearMap, { config: layout.config, cpu: layout.cpu, cmdline: layout.cmdline });
    for (const t of flags.trace)
        trace.events.push(t);
    const build = buildFor(layout.kernel, pol.linearMap);
    const pagingInit = buildPagingInit(build, layout.image.base);
    const memory = mappableMemory(mb);
    // map_kernel(): its tables come first (≤6.x builds), top-down.
    memblockAllocPages(mb, pagingInit.mapKernelTablePages, layout.pageSize, 0n, MEMBLOCK_ALLOC_NOLEAKTRACE, 'map_kernel');
    // arm64_kfence_alloc_pool(): the early pool is a plain memblock allocation.
    let kfence;
    if (flags.kfenceEarly && pol.kfenceEarlyPool && build.kfenceNumObjects > 0) {
        const size = kfencePoolSize(layout.pageSize, build.kfenceNumObjects);
        const base = memblockPhysAllocRange(mb, size, layout.pageSize, 0n, MEMBLOCK_ALLOC_NOLEAKTRACE, 'kfence_pool');
        if (base)
            kfence = { base, size, early: true, initialised: flags.kfenceEnabled, numObjects: build.kfenceNumObjects };
    }
    const map = mapMemCached({
        generation: flags.generation,
        pageSize: layout.pageSize,
        vaBits: layout.vaBits,
        memory,
        kernel: kernelSymbols(build, layout.image.base),
        flags,
        kfence,
        crashEarly: flags.crashEarlyPageMapped ? earlyCrash : undefined,
        pagingInit,
    });
    // Replay what map_mem() and the rest of paging_init() did, in order.
    let afterMapKernel = false;
    for (const s of map.steps) {
        if (s.kind === 'pgtable') {
            if (s.phase === 'map_kernel')
                continue;
            afterMapKernel = true;
            memblockAllocPages(mb, s.pages, layout.pageSize, 0n, MEMBLOCK_ALLOC_NOLEAKTRACE, `early_pgtable_alloc:${s.phase}`);
        }
        else if (s.kind === 'free') {
            memblockPhysFree(mb, s.range.base, s.range.size);
        }
    }
    void afterMapKernel;
    return { flags, map, kfenceObjects: build.kfenceNumObjects };
}
/** The facts for the result, with each crash region's mapping read off the runs. */
function arm64LinearMapFacts(p, crash) {
    const facts = toLinearMapFacts(p.flags, p.map);
    const crashHistogram = crash.map((r) => {
        const h = {};
        const end = r.base + r.size;
        for (const run of p.map.runs) {
            const s = run.base > r.base ? run.base : r.base;
            const e = run.base + run.size < end ? run.base + run.size : end;
            if (e > s)
                h[run.map] = (h[run.map] ?? 0n) + (e - s);
        }
        return h;
    });
    const kfence = p.flags.kfenceEnabled ? kfencePoolObjects(p) : 0;
    return { ...facts, crashHistogram, kfenceRuntimeUnmappablePages: kfence };
}

;// CONCATENATED MODULE: ./src/engine/arm64/protection.ts
const PROTECTION_GENERATIONS = ['arm64-segments', 'arm64-segments-block-mapped', 'none', 'none-when-deferred'];
/**
 * 5.10.x (except 5.10.22–5.10.46), 5.11 – 6.3: the function exists; it works when the region
 * is page-mapped, which these kernels arrange (the early NOMAP path or crash_mem_map forcing
 * base pages) — the check stays explicit so an input that defeats it is reported.
 *
 * @kernel arch/arm64/kernel/machine_kexec.c arch_kexec_protect_crashkres (v5.10.223, v6.1.192)
 */
function protectionArm64Segments(ctx) {
    if (!ctx.crashReserved)
        return { available: false, why: 'no crash kernel region is reserved' };
    if (!ctx.crashRegionPageMapped) {
        return {
            available: false,
            why: 'arch_kexec_protect_crashkres() exists but the crash region is block-mapped, so set_memory_valid() cannot unmap the loaded segments',
        };
    }
    return {
        available: true,
        why: 'arch_kexec_protect_crashkres() unmaps the loaded crash-kernel segments (set_memory_valid(…, 0)) after kexec -p; the crash region is page-mapped',
    };
}
/**
 * 5.10.22 – 5.10.46 (stable transition): the reservation is deferred but nothing forces base
 * pages yet, so the function runs on block mappings (failure mode UNCONFIRMED: with blocks
 * apply_to_page_range() warns and returns -EINVAL, leaving the segments mapped).
 */
function protectionArm64SegmentsBlockMapped(ctx) {
    if (!ctx.crashReserved)
        return { available: false, why: 'no crash kernel region is reserved' };
    if (ctx.crashRegionPageMapped)
        return protectionArm64Segments(ctx);
    return {
        available: false,
        why: 'arch_kexec_protect_crashkres() exists but runs on a block-mapped crash region (deferred reservation without crash_mem_map); the segments stay mapped (UNCONFIRMED)',
    };
}
/**
 * 6.4+: removed by 0d124e96051b; only the generic no-op remains.
 *
 * @kernel include/linux/crash_core.h arch_kexec_protect_crashkres (v6.12.117)
 */
function protectionNone(_ctx) {
    return {
        available: false,
        why: 'arm64 has no arch_kexec_protect_crashkres() since 6.4 (0d124e96051b); the generic stub does nothing',
    };
}
/**
 * What-if (Mike Rapoport, LKML 2022-09): a deferred reservation is not protected
 * (crashkres_protection_possible = false); an early one keeps the ≤6.3 behaviour.
 */
function protectionNoneWhenDeferred(ctx) {
    if (ctx.crashReserved && !ctx.reservedEarly) {
        return { available: false, why: 'deferred crash reservation: not protected, so the linear map keeps its blocks (what-if)' };
    }
    return protectionArm64Segments(ctx);
}
const PROTECTION_VARIANTS = {
    'arm64-segments': protectionArm64Segments,
    'arm64-segments-block-mapped': protectionArm64SegmentsBlockMapped,
    none: protectionNone,
    'none-when-deferred': protectionNoneWhenDeferred,
};
const isProtectionGeneration = (id) => PROTECTION_GENERATIONS.includes(id);
/**
 * ProtectionFacts of one boot under the policy's protection generation.
 * @throws Error for an unknown id (a policy/registry mismatch).
 */
function protectionFacts(generation, ctx) {
    if (!isProtectionGeneration(generation))
        throw new Error(`assertion failed: unknown arm64 protection generation '${generation}'`);
    return PROTECTION_VARIANTS[generation](ctx);
}
/**
 * True when a crash histogram (a mapMem() crashHistograms entry) is all plain base pages:
 * set_memory_valid() needs PTEs, and a live PTE_CONT run may not be changed piecemeal.
 */
function isPageMapped(histogram, pageKey) {
    const keys = Object.keys(histogram).filter((k) => histogram[k] > 0n);
    return keys.length > 0 && keys.every((k) => k === pageKey);
}

;// CONCATENATED MODULE: ./src/engine/arm64/setup.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64 boot, from setup_arch() to the crash reservation: the memblock calls that decide
 * where crashkernel= lands, in the kernel's order.
 *
 *   setup_machine_fdt   DT memory banks added, the FDT blob reserved
 *   parse_early_param   (cmdline flags: rodata=, kfence.sample_interval=, crashkernel …)
 *   arm64_memblock_init PA/linear-range trims, initrd, kernel image, /reserved-memory,
 *                       [early crash reservation: 5.10.0–5.10.21, or no DMA zones]
 *   paging_init         KFENCE pool (6.4+ early KFENCE), linear-map page tables, idmap
 *   unflatten_device_tree
 *   bootmem_init        NUMA (distance table, NODE_DATA), sparse_init (≤6.x), zone limits,
 *                       default CMA, [deferred crash reservation]
 *
 * @kernel arch/arm64/kernel/setup.c setup_arch; arch/arm64/mm/init.c arm64_memblock_init,
 *         bootmem_init; arch/arm64/mm/mmu.c paging_init, map_mem; mm/sparse.c sparse_init;
 *         kernel/dma/contiguous.c dma_contiguous_reserve; mm/cma.c cma_declare_contiguous_nid;
 *         drivers/of/fdt.c early_init_fdt_scan_reserved_mem; drivers/of/of_reserved_mem.c
 */






/** The second unflatten allocation on QEMU virt (the alias of serial0, as measured). */
const UNFLATTEN_ALIAS_BYTES = 47n;
/** ARM64_MEMSTART_ALIGN for 4K/16K (1 GiB) and 64K (512 MiB) granules. */
const setup_arm64MemstartAlign = (pageSize) => (pageSize === 1n << 16n ? 1n << 29n : SZ_1G);
/**
 * Mirrors the memory part of setup_machine_fdt() + early_init_dt_add_memory_arch(): banks
 * page-aligned and added, then the FDT blob reserved (before memblock=debug is parsed).
 */
function setupMachineFdt(mb, layout) {
    for (const bank of layout.memory) {
        const base = roundUp(bank.base, layout.pageSize);
        const end = roundDown(bank.base + bank.size, layout.pageSize);
        if (end > base)
            memblockAdd(mb, base, end - base, bank.nomap ? MEMBLOCK_NOMAP : 0);
    }
    if (layout.dtb)
        memblockReserve(mb, layout.dtb.base, layout.dtb.size, 'fdt');
}
/**
 * Mirrors early_init_fdt_scan_reserved_mem(): /memreserve/ and static /reserved-memory
 * nodes first (reserve or mark no-map), then the dynamic nodes are allocated top-down in
 * their alloc-ranges.
 * @kernel drivers/of/fdt.c early_init_fdt_scan_reserved_mem, __reserved_mem_alloc_size
 */
function earlyInitFdtScanReservedMem(mb, layout, trace, cmaMinAlign) {
    let cmaDefault = false;
    for (const r of layout.reservations) {
        if (r.kind !== 'fixed')
            continue;
        if (r.nomap)
            memblockMarkNomap(mb, r.base, r.size);
        else
            memblockReserve(mb, r.base, r.size, r.name);
    }
    for (const r of layout.reservations) {
        if (r.kind !== 'dynamic')
            continue;
        let align = r.align || SMP_CACHE_BYTES;
        if (r.cma && !r.nomap && align < cmaMinAlign)
            align = cmaMinAlign;
        let base = 0n;
        const ranges = r.allocRanges.length ? r.allocRanges : [{ base: 0n, size: 0n }];
        for (const range of ranges) {
            const end = range.size ? range.base + range.size : 0n;
            base = memblockPhysAllocRange(mb, r.size, align, range.base, end, r.name);
            if (base)
                break;
        }
        if (!base) {
            trace.info('of', `OF: reserved mem: failed to allocate memory for node '${r.name}'`);
            continue;
        }
        if (r.nomap)
            memblockMarkNomap(mb, base, r.size);
        if (r.cma && r.cmaDefault)
            cmaDefault = true;
    }
    return { cmaDefault };
}
/**
 * Mirrors arm64_memblock_init() up to the point where the crash reservation may run.
 * @kernel arch/arm64/mm/init.c arm64_memblock_init
 */
function arm64MemblockInit(mb, layout) {
    const physMaskShift = BigInt(layout.paBits);
    // Remove the memory that we will not be able to cover with the linear mapping.
    memblockRemove(mb, 1n << physMaskShift, PHYS_ADDR_MAX);
    const memstartAddr = roundDown(memblockStartOfDram(mb), setup_arm64MemstartAlign(layout.pageSize));
    // The linear region covers half of the kernel VA space.
    const linearRegionSize = 1n << BigInt(layout.vaBits - 1);
    memblockRemove(mb, memstartAddr + linearRegionSize, PHYS_ADDR_MAX);
    applyMemLimit(mb, layout.cmdline);
    if (layout.initrd) {
        memblockAdd(mb, layout.initrd.base, layout.initrd.size);
        memblockReserve(mb, layout.initrd.base, layout.initrd.size, 'initrd');
    }
    memblockReserve(mb, layout.image.base, layout.image.size, 'kernel');
    return memstartAddr;
}
/** `mem=`: memblock_mem_limit_remove_map(memory_limit) keeps the lowest `limit` bytes. */
function applyMemLimit(mb, cmdline) {
    const m = /(?:^| )mem=([0-9a-fA-Fx]+[KMGTPEkmgtpe]?)(?= |$)/.exec(cmdline);
    if (!m)
        return;
    const unit = { k: 10n, m: 20n, g: 30n, t: 40n, p: 50n, e: 60n };
    const tail = m[1].slice(-1).toLowerCase();
    const limit = unit[tail] !== undefined ? BigInt(m[1].slice(0, -1)) << unit[tail] : BigInt(m[1]);
    let seen = 0n;
    for (const r of [...mb.memory.regions]) {
        if (seen + r.size <= limit) {
            seen += r.size;
            continue;
        }
        const keep = limit > seen ? limit - seen : 0n;
        memblockRemove(mb, r.base + keep, PHYS_ADDR_MAX);
        break;
    }
}
/**
 * Mirrors the memblock allocations of bootmem_init() that precede the crash reservation:
 * NUMA (distance table, NODE_DATA), then sparse_init() (mem_section roots, usemaps, the
 * memmap buffer, vmemmap page tables) on ≤6.x.
 */
function bootmemInitAllocations(mb, layout, pol) {
    const page = layout.pageSize;
    // numa_alloc_distance(): one 256-byte table (nr_node_ids^2 rounded to a page alignment).
    if (pol.numaDistance === 'reserve') {
        const at = memblockFindInRangeNode(mb, 256n, page, 0n, memblockEndOfDram(mb));
        if (at)
            memblockReserve(mb, at, 256n, 'numa_distance');
    }
    else if (pol.numaDistance === 'alloc') {
        memblockAllocTryNid(mb, 256n, page, 0n, 0n, 'numa_distance');
    }
    // numa_register_nodes() → setup_node_data(): NODE_DATA(0), cache-line aligned.
    const nodeData = memblockAllocTryNid(mb, layout.boot.nodeData, SMP_CACHE_BYTES, 0n, 0n, 'NODE_DATA');
    for (const size of pol.allocsAfterNodeData)
        memblockAlloc(mb, size, SMP_CACHE_BYTES, 'setup');
    if (pol.sparseBeforeCrash)
        sparseInit(mb, layout, pol, nodeData);
}
/**
 * Mirrors sparse_init() for one node with SPARSEMEM_VMEMMAP: the root array, one
 * mem_section array per root touched, the usemaps (near NODE_DATA's section), the memmap
 * buffer (section_map_size() aligned) and the vmemmap page tables.
 * @kernel mm/sparse.c sparse_init, memblocks_present, sparse_index_alloc, sparse_init_nid,
 *         sparse_buffer_init; mm/sparse-vmemmap.c vmemmap_populate
 */
function sparseInit(mb, layout, pol, nodeData) {
    const page = layout.pageSize;
    const sectionSize = 1n << BigInt(pol.sectionSizeBits);
    const sectionsPerRoot = page / pol.memSectionBytes;
    // Present sections and the mem_section roots they fall in, counted per memory region
    // (regions are sorted, so a section shared by two regions is the previous one's last).
    let nrSections = 0n;
    let nrRoots = 0n;
    let firstSection = -1n;
    let lastSection = -1n;
    let lastRoot = -1n;
    for (const r of mb.memory.regions) {
        let first = r.base / sectionSize;
        const last = (r.base + r.size - 1n) / sectionSize;
        if (first === lastSection)
            first++;
        if (first > last)
            continue;
        if (firstSection < 0n)
            firstSection = first;
        nrSections += last - first + 1n;
        lastSection = last;
        let firstRoot = first / sectionsPerRoot;
        const endRoot = last / sectionsPerRoot;
        if (firstRoot === lastRoot)
            firstRoot++;
        if (firstRoot <= endRoot)
            nrRoots += endRoot - firstRoot + 1n;
        lastRoot = endRoot;
    }
    if (nrSections === 0n)
        return;
    // memblocks_present(): the root array, then a section array for each root hit.
    // NR_SECTION_ROOTS pointers: 2^(MAX_PHYSMEM_BITS - SECTION_SIZE_BITS) / SECTIONS_PER_ROOT.
    const rootBytes = ((1n << BigInt(layout.paBits - pol.sectionSizeBits)) / sectionsPerRoot) * 8n;
    memblockAlloc(mb, rootBytes, SMP_CACHE_BYTES, 'mem_section');
    for (let i = 0n; i < nrRoots; i++)
        memblockAlloc(mb, page, SMP_CACHE_BYTES, 'sparse_index_alloc');
    // sparse_early_usemaps_alloc_pgdat_section(): near NODE_DATA, i.e. in its section.
    const subsections = sectionSize / SZ_2M;
    const pageblockOrder = 9n;
    const pageblocks = sectionSize / (page << pageblockOrder);
    const usemapBytes = 16n + roundUp(subsections, 64n) / 8n + roundUp(pageblocks * 4n, 64n) / 8n;
    const nodeDataSection = roundDown(nodeData, sectionSize);
    memblockAllocTryNid(mb, usemapBytes * nrSections, SMP_CACHE_BYTES, nodeDataSection, nodeDataSection + sectionSize, 'usemap');
    // sparse_buffer_init(): the memmap, one section_map_size() per present section.
    const structPage = 64n;
    const sectionMapSize = roundUp(structPage * (sectionSize / page), SZ_2M);
    memblockAllocTryNid(mb, sectionMapSize * nrSections, sectionMapSize, memblockStartOfDram(mb), 0n, 'memmap');
    // vmemmap_populate(): a PMD table per 1 GiB of vmemmap VA and a PUD table per 512 GiB.
    const first = firstSection * (sectionSize / page) * structPage;
    const last = (lastSection + 1n) * (sectionSize / page) * structPage - 1n;
    const pmdTables = last / SZ_1G - first / SZ_1G + 1n;
    const pudTables = last / (1n << 39n) - first / (1n << 39n) + 1n;
    for (let i = 0n; i < pmdTables + pudTables; i++)
        memblockAllocTryNid(mb, page, page, memblockStartOfDram(mb), 0n, 'vmemmap');
}
/** Runs arm64 boot up to and including the crash reservation. */
function arm64Boot(layout, policy, trace) {
    const reserve = (ctx) => policy.crash.reserve(ctx);
    const pol = policy.arm64;
    const mb = memblockCreate(layout.pageSize);
    setupMachineFdt(mb, layout);
    const memstartAddr = arm64MemblockInit(mb, layout);
    const fdt = earlyInitFdtScanReservedMem(mb, layout, trace, pol.cmaMinAlign);
    const physMaskPlus1 = 1n << BigInt(layout.paBits);
    const zoneInputs = () => ({
        startOfDram: memblockStartOfDram(mb),
        endOfDram: memblockEndOfDram(mb),
        dma: layout.dma,
        config: layout.config,
        physMaskPlus1,
    });
    const dmaZones = layout.config.ZONE_DMA || layout.config.ZONE_DMA32;
    const early = pol.crashWhen === 'memblock-init' || (pol.crashWhen === 'bootmem-if-dma-zones' && !dmaZones);
    const ctxBase = {
        mb,
        trace,
        cmdline: layout.cmdline,
        dialect: policy.parse,
        pageSize: layout.pageSize,
        align: policy.crash.align,
        defaultLow: policy.crash.defaultLow,
        supportsHigh: policy.crash.supportsHigh,
        parseCma: policy.crash.parseCma,
        highMax: physMaskPlus1,
    };
    let crash;
    if (early) {
        // Without DMA zones arm64_dma_phys_limit is PHYS_MASK + 1 (static init); 5.10.0 used
        // arm64_dma32_phys_limit, computed in arm64_memblock_init itself.
        const lowMax = pol.crashWhen === 'memblock-init' ? pol.zones(zoneInputs()).arm64DmaPhysLimit : physMaskPlus1;
        crash = reserve({ ...ctxBase, lowMax });
    }
    const crashRange = crash && crash.outcome.kind === 'reserved' ? crash.outcome.main : undefined;
    const paging = arm64PagingInit(mb, layout, policy, trace, early ? crashRange : undefined);
    // unflatten_device_tree(): the tree, then of_alias_scan()'s 47-byte copy of QEMU's
    // serial0 alias; BootAllocations.unflattenedDt is the total of both.
    if (layout.boot.unflattenedDt > UNFLATTEN_ALIAS_BYTES) {
        memblockAlloc(mb, layout.boot.unflattenedDt - UNFLATTEN_ALIAS_BYTES, 8n, 'unflatten_device_tree');
        memblockAlloc(mb, UNFLATTEN_ALIAS_BYTES, 8n, 'unflatten_device_tree');
    }
    bootmemInitAllocations(mb, layout, pol);
    const zones = pol.zones(zoneInputs());
    // dma_contiguous_reserve(arm64_dma_phys_limit), unless a DT pool is the default area.
    if (!fdt.cmaDefault && layout.config.CMA) {
        const size = cmaSizeFromCmdline(layout.cmdline, policy) ?? BigInt(layout.config.CMA_SIZE_MBYTES) << 20n;
        if (size > 0n)
            cmaDeclareContiguous(mb, size, zones.arm64DmaPhysLimit, pol.cmaMinAlign, pol.cmaLogNode, trace);
    }
    if (!early)
        crash = reserve({ ...ctxBase, lowMax: zones.arm64DmaPhysLimit });
    const zoneSpecs = [];
    if (layout.config.ZONE_DMA)
        zoneSpecs.push({ name: 'DMA', limit: zones.dma });
    if (layout.config.ZONE_DMA32)
        zoneSpecs.push({ name: 'DMA32', limit: zones.dma32 });
    zoneSpecs.push({ name: 'Normal', limit: memblockEndOfDram(mb) });
    if (layout.config.ZONE_DEVICE)
        zoneSpecs.push({ name: 'Device', limit: 0n });
    const zoneBlock = freeAreaInit(mb, zoneSpecs, layout.pageSize);
    const lowMax = early ? (pol.crashWhen === 'memblock-init' ? pol.zones(zoneInputs()).arm64DmaPhysLimit : physMaskPlus1) : zones.arm64DmaPhysLimit;
    const regions = crash.outcome.kind === 'reserved' ? [crash.outcome.main, ...(crash.outcome.low ? [crash.outcome.low] : [])] : [];
    regions.sort((a, b) => (a.base < b.base ? -1 : 1));
    const linearMap = arm64LinearMapFacts(paging, regions);
    const pageKey = layout.pageSize === 1n << 12n ? '4K' : layout.pageSize === 1n << 14n ? '16K' : '64K';
    const protection = protectionFacts(pol.protection, {
        crashReserved: regions.length > 0,
        reservedEarly: early,
        crashRegionPageMapped: regions.length > 0 && linearMap.crashHistogram.every((h) => isPageMapped(h, pageKey)),
    });
    return {
        mb,
        crash: crash,
        lowMax,
        highMax: physMaskPlus1,
        zoneLines: zoneBlock.lines,
        zoneRanges: zoneBlock.zones,
        linearMap,
        protection,
        extra: { memstartAddr, paging },
    };
}

;// CONCATENATED MODULE: ./src/engine/arm64/zones.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64 DMA zone limits, which are also CRASH_ADDR_LOW_MAX (arm64_dma_phys_limit).
 * Three generations, three named variants:
 *
 * - zoneLimitsFixed30: 5.5 … 5.10.21 — ZONE_DMA fixed at 30 bits with a DMA offset taken
 *   from the start of DRAM.
 * - zoneLimitsBits: 5.11 … 6.11 (5.10.22+ stable, 6.1) — zone_dma_bits = min(32,
 *   fls64(dt), fls64(acpi)); RAM starting above 4G spans all of it.
 * - zoneLimitsExact: 6.12+ — zone_dma_limit = min(dt, acpi), clamped to 4G when RAM
 *   starts below 4G; no "RAM above 4G" special case.
 *
 * @kernel arch/arm64/mm/init.c max_zone_phys, zone_sizes_init (v5.10.223, v6.1.192, v6.12.117),
 *         dma_limits_init (v7.2.13); drivers/of/address.c of_dma_get_max_cpu_address;
 *         drivers/acpi/arm64/iort.c acpi_iort_dma_get_max_cpu_address
 */

const U32_MAX = 0xffffffffn;
const DMA_BIT_MASK = (bits) => (bits >= 64 ? PHYS_ADDR_MAX : (1n << BigInt(bits)) - 1n);
/** of_dma_get_max_cpu_address(NULL): min over bus nodes of their highest CPU address. */
function ofDmaGetMaxCpuAddress(dma) {
    let m = PHYS_ADDR_MAX;
    for (const n of dma.dmaRanges)
        if (n.cpuEnd < m)
            m = n.cpuEnd;
    return m;
}
/** acpi_iort_dma_get_max_cpu_address(): min_not_zero over IORT limits as DMA_BIT_MASK(bits). */
function acpiIortDmaGetMaxCpuAddress(dma) {
    let m = PHYS_ADDR_MAX;
    for (const bits of dma.iortLimitBits)
        if (bits > 0 && DMA_BIT_MASK(bits) < m)
            m = DMA_BIT_MASK(bits);
    return m;
}
/** 5.5 – 5.10.21: max_zone_phys(bits) = min(offset + 2^bits, end) with offset = DRAM start & ~mask. */
const zoneLimitsFixed30 = (z) => {
    const maxZonePhys = (bits) => {
        const offset = z.startOfDram & ~DMA_BIT_MASK(bits);
        return min(offset + (1n << BigInt(bits)), z.endOfDram);
    };
    const dma = z.config.ZONE_DMA ? maxZonePhys(30) : undefined;
    const dma32 = z.config.ZONE_DMA32 ? maxZonePhys(32) : undefined;
    // arm64_dma32_phys_limit was the crash limit in this generation.
    return { dma, dma32, arm64DmaPhysLimit: dma32 ?? z.physMaskPlus1 };
};
/** 5.11 – 6.11: zone_dma_bits; a limit below RAM widens to 4G, RAM above 4G spans all. */
const zoneLimitsBits = (z) => {
    const maxZonePhys = (bits) => {
        let zoneMask = DMA_BIT_MASK(bits);
        if (z.startOfDram > U32_MAX)
            zoneMask = PHYS_ADDR_MAX;
        else if (z.startOfDram > zoneMask)
            zoneMask = U32_MAX;
        return min(zoneMask, z.endOfDram - 1n) + 1n;
    };
    const dma32Limit = maxZonePhys(32);
    let limit = 0n;
    let dma;
    if (z.config.ZONE_DMA) {
        const bits = Math.min(32, fls64(ofDmaGetMaxCpuAddress(z.dma)), fls64(acpiIortDmaGetMaxCpuAddress(z.dma)));
        dma = maxZonePhys(bits);
        limit = dma;
    }
    const dma32 = z.config.ZONE_DMA32 ? dma32Limit : undefined;
    if (z.config.ZONE_DMA32 && !limit)
        limit = dma32Limit;
    return { dma, dma32, arm64DmaPhysLimit: limit || z.physMaskPlus1 };
};
/** 6.12+: exact zone_dma_limit; clamped to 4G only when DRAM starts below 4G. */
const zoneLimitsExact = (z) => {
    const maxZonePhys = (zoneLimit) => min(zoneLimit, z.endOfDram - 1n) + 1n;
    let limit = 0n;
    let dma;
    if (z.config.ZONE_DMA) {
        let zoneDmaLimit = min(ofDmaGetMaxCpuAddress(z.dma), acpiIortDmaGetMaxCpuAddress(z.dma));
        if (z.startOfDram < U32_MAX)
            zoneDmaLimit = min(zoneDmaLimit, U32_MAX);
        dma = maxZonePhys(zoneDmaLimit);
        limit = dma;
    }
    const dma32Limit = maxZonePhys(U32_MAX);
    const dma32 = z.config.ZONE_DMA32 ? dma32Limit : undefined;
    if (z.config.ZONE_DMA32 && !limit)
        limit = dma32Limit;
    return { dma, dma32, arm64DmaPhysLimit: limit || z.physMaskPlus1 };
};
const ZONE_VARIANTS = { zoneLimitsFixed30, zoneLimitsBits, zoneLimitsExact };

;// CONCATENATED MODULE: ./src/engine/crashkernel/parse.ts

const parse_EINVAL = -22;
const ENOENT = -2;
const ENOMEM = (/* unused pure expression or super */ null && (-12));
const NAME = 'crashkernel=';
/**
 * Mirrors get_last_crashkernel(): the start (index just after "crashkernel=") of the last
 * token of the requested class, or -1. The whole command line is scanned with strstr, so
 * "foo.crashkernel=…" matches too.
 */
function getLastCrashkernel(cmdline, suffix, dialect) {
    let found = -1;
    for (let p = cmdline.indexOf(NAME); p !== -1; p = cmdline.indexOf(NAME, p + 1)) {
        let endP = cmdline.indexOf(' ', p);
        if (endP === -1)
            endP = cmdline.length;
        // The kernel compares the last strlen(suffix) bytes before end_p; they may reach back into
        // "crashkernel=" itself for a short token, which only matters for matching, as here.
        const endsWith = (s) => endP - s.length >= 0 && cmdline.startsWith(s, endP - s.length);
        if (suffix === null) {
            if (!dialect.suffixes.some(endsWith))
                found = p;
        }
        else if (endsWith(suffix)) {
            found = p;
        }
    }
    return found === -1 ? -1 : found + NAME.length;
}
/** Mirrors parse_crashkernel_mem(): `start-[end]:size[,…][@offset]`. */
function parseCrashkernelMem(s, at, systemRam, dialect, trace) {
    const warn = (text) => {
        trace.warn('crashkernel', text);
        return { ret: parse_EINVAL, size: 0n, base: 0n };
    };
    const totalMem = dialect.roundUpTotalTo128M ? roundUpAny(systemRam, SZ_128M) : systemRam;
    let cur = at;
    let crashSize = 0n;
    let crashBase = 0n;
    for (;;) {
        let end = (1n << 64n) - 1n;
        const start = dialect.memparse(s, cur);
        if (start.end === cur)
            return warn('crashkernel: Memory value expected');
        cur = start.end;
        if (s[cur] !== '-')
            return warn("crashkernel: '-' expected");
        cur++;
        if (s[cur] !== ':') {
            const e = dialect.memparse(s, cur);
            if (e.end === cur)
                return warn('crashkernel: Memory value expected');
            cur = e.end;
            end = e.value;
            if (end <= start.value)
                return warn('crashkernel: end <= start');
        }
        if (s[cur] !== ':')
            return warn("crashkernel: ':' expected");
        cur++;
        const size = dialect.memparse(s, cur);
        if (size.end === cur)
            return warn(dialect.rangeSizeExpected);
        cur = size.end;
        if (size.value >= totalMem)
            return warn('crashkernel: invalid size');
        if (totalMem >= start.value && totalMem < end) {
            crashSize = size.value;
            break;
        }
        // `while (*cur++ == ',')`: the post-increment happens even when the test fails.
        const c = s[cur];
        cur++;
        if (c !== ',')
            break;
    }
    if (crashSize > 0n) {
        while (cur < s.length && s[cur] !== ' ' && s[cur] !== '@')
            cur++;
        if (s[cur] === '@') {
            cur++;
            const b = dialect.memparse(s, cur);
            if (b.end === cur) {
                trace.warn('crashkernel', dialect.rangeOffsetExpected);
                return { ret: parse_EINVAL, size: crashSize, base: 0n };
            }
            crashBase = b.value;
        }
    }
    else {
        trace.info('crashkernel', 'crashkernel size resulted in zero bytes');
    }
    return { ret: 0, size: crashSize, base: crashBase };
}
/** Mirrors parse_crashkernel_simple(): `size[@offset]`. */
function parseCrashkernelSimple(s, at, dialect, trace) {
    const size = dialect.memparse(s, at);
    if (size.end === at) {
        trace.warn('crashkernel', 'crashkernel: memory value expected');
        return { ret: parse_EINVAL, size: size.value, base: 0n };
    }
    const c = s[size.end];
    if (c === '@') {
        // No check: "256M@" or "256M@xyz" give base 0, i.e. automatic placement.
        return { ret: 0, size: size.value, base: dialect.memparse(s, size.end + 1).value };
    }
    if (c !== undefined && c !== ' ') {
        trace.warn('crashkernel', `crashkernel: unrecognized char: ${c}`);
        return { ret: parse_EINVAL, size: size.value, base: 0n };
    }
    return { ret: 0, size: size.value, base: 0n };
}
/** Mirrors parse_crashkernel_suffix(): `size,high` / `size,low` / `size,cma`. */
function parseCrashkernelSuffix(s, at, suffix, dialect, trace) {
    const size = dialect.memparse(s, at);
    if (size.end === at) {
        trace.warn('crashkernel', 'crashkernel: memory value expected');
        return { ret: parse_EINVAL, size: size.value, base: 0n };
    }
    let cur = size.end;
    if (!s.startsWith(suffix, cur)) {
        trace.warn('crashkernel', `crashkernel: unrecognized char: ${charAt(s, cur)}`);
        return { ret: parse_EINVAL, size: size.value, base: 0n };
    }
    cur += suffix.length;
    if (cur < s.length && s[cur] !== ' ') {
        trace.warn('crashkernel', `crashkernel: unrecognized char: ${s[cur]}`);
        return { ret: parse_EINVAL, size: size.value, base: 0n };
    }
    return { ret: 0, size: size.value, base: 0n };
}
/** `%c` of a NUL prints nothing visible; keep the kernel's exact (empty) output. */
const charAt = (s, i) => (i < s.length ? s[i] : '');
/** Mirrors __parse_crashkernel(): find the token of the class and dispatch on its form. */
function parseCrashkernelClass(cmdline, systemRam, suffix, dialect, trace) {
    const at = getLastCrashkernel(cmdline, suffix, dialect);
    if (at === -1)
        return { ret: dialect.notFound, size: 0n, base: 0n };
    if (suffix !== null)
        return parseCrashkernelSuffix(cmdline, at, suffix, dialect, trace);
    const firstColon = cmdline.indexOf(':', at);
    const firstSpace = cmdline.indexOf(' ', at);
    if (firstColon !== -1 && (firstSpace === -1 || firstColon < firstSpace)) {
        return parseCrashkernelMem(cmdline, at, systemRam, dialect, trace);
    }
    return parseCrashkernelSimple(cmdline, at, dialect, trace);
}
/**
 * Mirrors the generic parse_crashkernel() of kernel/crash_reserve.c (6.7+): the plain
 * token; if absent and the arch supports it, `,high` (+ optional `,low`, defaulting to
 * `defaultLow`); 7.x also `,cma` when the caller asks for it; then the size checks.
 */
function parseCrashkernelGeneric(cmdline, systemRam, opts, dialect, trace) {
    const plain = parseCrashkernelClass(cmdline, systemRam, null, dialect, trace);
    let { ret, size, base } = plain;
    let lowSize = 0n;
    let high = false;
    let cmaSize = 0n;
    if (opts.supportsHigh && ret === ENOENT) {
        const h = parseCrashkernelClass(cmdline, 0n, ',high', dialect, trace);
        size = h.size;
        base = h.base;
        if (h.ret || !h.size)
            return { ret: parse_EINVAL, size, base, lowSize, high, cmaSize };
        const l = parseCrashkernelClass(cmdline, 0n, ',low', dialect, trace);
        if (l.ret === ENOENT) {
            lowSize = opts.defaultLow;
            ret = 0;
        }
        else if (l.ret) {
            return { ret: l.ret, size, base, lowSize: l.size, high, cmaSize };
        }
        else {
            lowSize = l.size;
            ret = 0;
        }
        high = true;
    }
    if (opts.parseCma)
        cmaSize = parseCrashkernelClass(cmdline, 0n, ',cma', dialect, trace).size;
    if (!size)
        ret = parse_EINVAL;
    if (dialect.rejectSizeAtLeastRam && size >= systemRam)
        ret = parse_EINVAL;
    return { ret, size, base, lowSize, high, cmaSize };
}

;// CONCATENATED MODULE: ./src/engine/crashkernel/reserve.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * The crash-kernel reservation itself, one named variant per kernel generation. A policy
 * picks the variant and supplies the constants (CRASH_ALIGN, CRASH_ADDR_LOW_MAX,
 * CRASH_ADDR_HIGH_MAX, DEFAULT_CRASH_KERNEL_LOW_SIZE); the variants keep the kernel's
 * branch order so that they read line for line against the C.
 *
 * Each variant returns the outcome and what the parser understood; the messages go to the
 * trace with the kernel's exact wording.
 */



const SRC = 'crashkernel';
const mb20 = (x) => fmtLld(x >> 20n);
const PAGE_ALIGN = (x, page) => roundUp(x, page);
/** The common "crashkernel reserved:" line (arm64 ≥5.10, generic 6.7+). */
function printReserved(trace, base, size) {
    trace.info(SRC, `crashkernel reserved: 0x${base.toString(16).padStart(16, '0')} - 0x${(base + size).toString(16).padStart(16, '0')} (${mb20(size)} MB)`);
}
/** What the plain parse result means when it makes the kernel return early. */
function ignoredReason(ret, size, present) {
    if (!present)
        return { kind: 'not-requested' };
    if (ret === 0 && size === 0n)
        return { kind: 'ignored', reason: 'zero' };
    return { kind: 'ignored', reason: 'syntax' };
}
const region = (kind, base, size) => ({ kind, base, size });
/** Is any `crashkernel=` token on the command line at all? */
const crashkernelPresent = (cmdline) => cmdline.includes('crashkernel=');
/**
 * arm64 5.10.22 … 5.18 (Debian 5.10.223): plain `crashkernel=X[@Y]` only, top-down below
 * arm64_dma_phys_limit; a fixed base is checked (memory, not reserved, 2 MiB aligned) and
 * reserved as is. `,high`/`,low` tokens are a different class and are silently ignored.
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v5.10.223)
 */
const reserveCrashkernelArm64V510 = (ctx) => {
    const { mb, trace } = ctx;
    const present = crashkernelPresent(ctx.cmdline);
    const p = parseCrashkernelClass(ctx.cmdline, memblockPhysMemSize(mb), null, ctx.dialect, trace);
    const request = { present, size: p.size, base: p.base };
    // No crashkernel= or an invalid value: silent.
    if (p.ret || !p.size) {
        const onlySuffixed = present && p.ret === parse_EINVAL && getsOnlySuffixTokens(ctx);
        return { outcome: onlySuffixed ? { kind: 'ignored', reason: 'unsupported-suffix' } : ignoredReason(p.ret, p.size, present), request };
    }
    const size = PAGE_ALIGN(p.size, ctx.pageSize);
    let base = p.base;
    if (base === 0n) {
        // Current arm64 boot protocol requires 2MB alignment.
        base = memblockFindInRangeNode(mb, size, SZ_2M, 0n, ctx.lowMax);
        if (base === 0n) {
            trace.warn(SRC, `cannot allocate crashkernel (size:${fmtHex(size)})`);
            return { outcome: { kind: 'failed', size, reason: 'no-room', searched: [{ base: 0n, size: ctx.lowMax }] }, request };
        }
    }
    else {
        const failFixed = (text, reason) => {
            trace.warn(SRC, text);
            return { outcome: { kind: 'failed', size, reason, searched: [{ base, size }] }, request };
        };
        if (!memblockIsRegionMemory(mb, base, size))
            return failFixed('cannot reserve crashkernel: region is not memory', 'fixed-not-memory');
        if (memblockIsRegionReserved(mb, base, size))
            return failFixed('cannot reserve crashkernel: region overlaps reserved memory', 'fixed-overlaps');
        if (base % SZ_2M !== 0n)
            return failFixed('cannot reserve crashkernel: base address is not 2MB aligned', 'fixed-misaligned');
    }
    memblockReserve(mb, base, size, 'crashkernel');
    printReserved(trace, base, size);
    return { outcome: { kind: 'reserved', main: region('main', base, size), fellBack: false, high: false, fixed: p.base !== 0n }, request };
};
/** True when every crashkernel= token carries a suffix the plain parser skips (",high"/",low"). */
function getsOnlySuffixTokens(ctx) {
    const toks = ctx.cmdline.split(' ').filter((t) => t.includes('crashkernel='));
    return toks.length > 0 && toks.every((t) => ctx.dialect.suffixes.some((s) => t.endsWith(s)));
}
/**
 * reserve_crashkernel_low() of arm64 5.19–6.6 and of the generic code (6.7+): the low part,
 * top-down in [0, CRASH_ADDR_LOW_MAX).
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel_low (v6.1); kernel/crash_reserve.c reserve_crashkernel_low (v6.12)
 */
function reserveCrashkernelLow(ctx, lowSize) {
    const lowBase = memblockPhysAllocRange(ctx.mb, lowSize, ctx.align, 0n, ctx.lowMax, 'crashkernel low');
    if (!lowBase) {
        ctx.trace.err(SRC, `cannot allocate crashkernel low memory (size:${fmtHex(lowSize)}).`);
        return undefined;
    }
    ctx.trace.info(SRC, `crashkernel low memory reserved: ${fmtHex(lowBase, 8)} - ${fmtHex(lowBase + lowSize, 8)} (${mb20(lowSize)} MB)`);
    return region('low', lowBase, lowSize);
}
/**
 * arm64 5.19 – 6.1: `,high`/`,low` understood (only when no plain token exists), no default
 * low size, no fallback; a fixed base is a search in [base, base + size).
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v6.1.192)
 */
const reserveCrashkernelArm64V519 = (ctx) => {
    const { mb, trace } = ctx;
    const present = crashkernelPresent(ctx.cmdline);
    let p = parseCrashkernelClass(ctx.cmdline, memblockPhysMemSize(mb), null, ctx.dialect, trace);
    let crashMax = ctx.lowMax;
    let lowSize = 0n;
    let high = false;
    if (p.ret === ENOENT) {
        p = parseCrashkernelClass(ctx.cmdline, 0n, ',high', ctx.dialect, trace);
        if (p.ret || !p.size)
            return { outcome: ignoredReason(p.ret, p.size, present && p.ret !== ENOENT) ?? { kind: 'ignored', reason: 'low-only' }, request: { present } };
        const l = parseCrashkernelClass(ctx.cmdline, 0n, ',low', ctx.dialect, trace);
        if (l.ret && l.ret !== ENOENT)
            return { outcome: { kind: 'ignored', reason: 'syntax' }, request: { present, high: p.size } };
        lowSize = l.ret ? 0n : l.size;
        crashMax = ctx.highMax;
        high = true;
    }
    else if (p.ret || !p.size) {
        return { outcome: ignoredReason(p.ret, p.size, present), request: { present, size: p.size } };
    }
    const request = high ? { present, high: p.size, low: lowSize } : { present, size: p.size, base: p.base };
    const size = PAGE_ALIGN(p.size, ctx.pageSize);
    const fixed = p.base !== 0n;
    if (fixed)
        crashMax = p.base + size;
    const base = memblockPhysAllocRange(mb, size, ctx.align, p.base, crashMax, 'crashkernel');
    if (!base) {
        trace.warn(SRC, `cannot allocate crashkernel (size:${fmtHex(size)})`);
        return { outcome: { kind: 'failed', size, reason: fixed ? 'fixed-in-use' : 'no-room', searched: [{ base: p.base, size: crashMax - p.base }] }, request };
    }
    let low;
    if (base >= ctx.lowMax && lowSize) {
        low = reserveCrashkernelLow(ctx, lowSize);
        if (!low) {
            memblockPhysFree(mb, base, size);
            return { outcome: { kind: 'failed', size, reason: 'low-failed', searched: [{ base: 0n, size: ctx.lowMax }] }, request };
        }
    }
    printReserved(trace, base, size);
    return { outcome: { kind: 'reserved', main: region('main', base, size), low, fellBack: false, high, fixed }, request };
};
/** Parse step shared by the arm64 6.2–6.6 variants (as 5.19, but ,low defaults to 128 MiB). */
function parseArm64V62(ctx) {
    const present = crashkernelPresent(ctx.cmdline);
    let p = parseCrashkernelClass(ctx.cmdline, memblockPhysMemSize(ctx.mb), null, ctx.dialect, ctx.trace);
    let lowSize = 0n;
    let high = false;
    if (p.ret === ENOENT) {
        p = parseCrashkernelClass(ctx.cmdline, 0n, ',high', ctx.dialect, ctx.trace);
        if (p.ret || !p.size)
            return { stop: { outcome: p.ret === ENOENT ? (present ? { kind: 'ignored', reason: 'low-only' } : { kind: 'not-requested' }) : ignoredReason(p.ret, p.size, true), request: { present } } };
        const l = parseCrashkernelClass(ctx.cmdline, 0n, ',low', ctx.dialect, ctx.trace);
        if (l.ret === ENOENT)
            lowSize = ctx.defaultLow;
        else if (l.ret)
            return { stop: { outcome: { kind: 'ignored', reason: 'syntax' }, request: { present, high: p.size } } };
        else
            lowSize = l.size;
        high = true;
    }
    else if (p.ret || !p.size) {
        return { stop: { outcome: ignoredReason(p.ret, p.size, present), request: { present, size: p.size } } };
    }
    const request = high ? { present, high: p.size, low: lowSize } : { present, size: p.size, base: p.base };
    return { size: PAGE_ALIGN(p.size, ctx.pageSize), base: p.base, lowSize, high, request };
}
/**
 * arm64 6.2 – 6.4: plain X tries [0, LOW) then [0, HIGH) with a default 128 MiB low part;
 * `,high` is one attempt in [0, HIGH); the low part is reserved when the main region starts
 * above LOW − low.
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v6.2 a149cf00b158, a9ae89df7377)
 */
const reserveCrashkernelArm64V62 = (ctx) => {
    const parsed = parseArm64V62(ctx);
    if ('stop' in parsed)
        return parsed.stop;
    const { size, request } = parsed;
    let { lowSize } = parsed;
    const fixed = parsed.base !== 0n;
    let crashMax = parsed.high ? ctx.highMax : ctx.lowMax;
    let searchBase = parsed.base;
    if (fixed)
        crashMax = parsed.base + size;
    const searched = [];
    let fellBack = false;
    let base;
    for (;;) {
        // retry:
        const window = { base: searchBase, size: crashMax - searchBase };
        if (searched.some((w) => w.base === window.base && w.size === window.size)) {
            // LOW == HIGH (no DMA zones): the kernel retries the same window forever.
            return { outcome: { kind: 'hang', size, window }, request };
        }
        searched.push(window);
        base = memblockPhysAllocRange(ctx.mb, size, ctx.align, searchBase, crashMax, 'crashkernel');
        if (base)
            break;
        if (!fixed && crashMax === ctx.lowMax) {
            crashMax = ctx.highMax;
            searchBase = 0n;
            lowSize = ctx.defaultLow;
            fellBack = true;
            continue;
        }
        ctx.trace.warn(SRC, `cannot allocate crashkernel (size:${fmtHex(size)})`);
        return { outcome: { kind: 'failed', size, reason: fixed ? 'fixed-in-use' : 'no-room', searched }, request };
    }
    let low;
    if (base > ctx.lowMax - lowSize && lowSize) {
        low = reserveCrashkernelLow(ctx, lowSize);
        if (!low) {
            memblockPhysFree(ctx.mb, base, size);
            return { outcome: { kind: 'failed', size, reason: 'low-failed', searched }, request };
        }
    }
    printReserved(ctx.trace, base, size);
    return { outcome: { kind: 'reserved', main: region('main', base, size), low, fellBack, high: parsed.high, fixed }, request };
};
/** CRASH_HIGH_SEARCH_BASE of arm64 6.5–6.6. */
const CRASH_HIGH_SEARCH_BASE = 1n << 32n;
/**
 * arm64 6.5 – 6.6: `,high` first in [4G, HIGH) then [0, LOW); plain X [0, LOW) then
 * [LOW, HIGH); fixed bases fail with "memory is in use".
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v6.5 6c4dcaddbd36)
 */
const reserveCrashkernelArm64V65 = (ctx) => {
    const parsed = parseArm64V62(ctx);
    if ('stop' in parsed)
        return parsed.stop;
    const { size, request, high } = parsed;
    let { lowSize } = parsed;
    const fixed = parsed.base !== 0n;
    let searchBase = 0n;
    let crashMax = ctx.lowMax;
    if (high) {
        searchBase = CRASH_HIGH_SEARCH_BASE;
        crashMax = ctx.highMax;
    }
    if (fixed) {
        searchBase = parsed.base;
        crashMax = parsed.base + size;
    }
    return retryLoop(ctx, { size, fixed, high, searchBase, searchEnd: crashMax, lowSize, request, guardLowEqualsHigh: false, lowTest: 'ge' });
};
/**
 * The retry loop shared by arm64 6.5–6.6 and the generic reserve_crashkernel_generic()
 * (6.7+). A retry that would search the same empty window again forever is reported as a
 * hang instead of being looped.
 */
function retryLoop(ctx, s) {
    const { mb, trace } = ctx;
    let { searchBase, searchEnd, lowSize } = s;
    const searched = [];
    let fellBack = false;
    let base;
    for (;;) {
        // retry:
        const window = { base: searchBase, size: searchEnd - searchBase };
        if (searched.some((w) => w.base === window.base && w.size === window.size)) {
            // The kernel would `goto retry` with an unchanged window: an endless loop at boot.
            return { outcome: { kind: 'hang', size: s.size, window }, request: s.request };
        }
        searched.push(window);
        base = memblockPhysAllocRange(mb, s.size, ctx.align, searchBase, searchEnd, 'crashkernel');
        if (base)
            break;
        if (s.fixed) {
            trace.warn(SRC, 'crashkernel reservation failed - memory is in use.');
            return { outcome: { kind: 'failed', size: s.size, reason: 'fixed-in-use', searched }, request: s.request };
        }
        if (!s.high && searchEnd === ctx.lowMax) {
            searchEnd = ctx.highMax;
            searchBase = ctx.lowMax;
            lowSize = ctx.defaultLow;
            fellBack = true;
            continue;
        }
        if (s.high && searchEnd === ctx.highMax) {
            searchEnd = ctx.lowMax;
            searchBase = 0n;
            fellBack = true;
            if (!s.guardLowEqualsHigh || searchEnd !== ctx.highMax)
                continue;
        }
        trace.warn(SRC, `cannot allocate crashkernel (size:${fmtHex(s.size)})`);
        return { outcome: { kind: 'failed', size: s.size, reason: 'no-room', searched }, request: s.request };
    }
    let low;
    if (base >= ctx.lowMax && lowSize) {
        low = reserveCrashkernelLow(ctx, lowSize);
        if (!low) {
            memblockPhysFree(mb, base, s.size);
            return { outcome: { kind: 'failed', size: s.size, reason: 'low-failed', searched }, request: s.request };
        }
    }
    printReserved(trace, base, s.size);
    return { outcome: { kind: 'reserved', main: region('main', base, s.size), low, fellBack, high: s.high, fixed: s.fixed }, request: s.request };
}
/**
 * Generic reservation (6.7+): parse_crashkernel() + reserve_crashkernel_generic(). arm64,
 * x86, riscv and loongarch call it through arch_reserve_crashkernel() with their constants.
 *
 * @kernel kernel/crash_reserve.c parse_crashkernel, reserve_crashkernel_generic (v6.12.117, v7.2.13)
 */
function reserveCrashkernelGenericWith(guard) {
    return (ctx) => {
        const present = crashkernelPresent(ctx.cmdline);
        const systemRam = memblockPhysMemSize(ctx.mb);
        const p = parseCrashkernelGeneric(ctx.cmdline, systemRam, { supportsHigh: ctx.supportsHigh, defaultLow: ctx.defaultLow, parseCma: ctx.parseCma }, ctx.dialect, ctx.trace);
        const request = p.high ? { present, high: p.size, low: p.lowSize } : { present, size: p.size, base: p.base };
        if (p.ret) {
            let outcome = ignoredReason(p.ret, p.size, present);
            if (present && p.size !== 0n && p.size >= systemRam)
                outcome = { kind: 'ignored', reason: 'size-exceeds-ram' };
            else if (present && p.ret === ENOENT)
                outcome = { kind: 'ignored', reason: 'low-only' };
            else if (present && p.ret === parse_EINVAL && p.size === 0n && !p.high) {
                outcome = getsOnlySuffixTokens(ctx) ? { kind: 'ignored', reason: 'low-only' } : outcome;
            }
            return { outcome, request };
        }
        let searchEnd = ctx.lowMax;
        let searchBase = 0n;
        const fixed = p.base !== 0n;
        if (fixed) {
            searchBase = p.base;
            searchEnd = p.base + p.size;
        }
        else if (p.high) {
            searchBase = ctx.lowMax;
            searchEnd = ctx.highMax;
        }
        return retryLoop(ctx, { size: p.size, fixed, high: p.high, searchBase, searchEnd, lowSize: p.lowSize, request, guardLowEqualsHigh: guard, lowTest: 'ge' });
    };
}
/** 6.7 – 6.11: no LOW == HIGH guard on the `,high` fallback. */
const reserveCrashkernelGenericV67 = reserveCrashkernelGenericWith(false);
/** 6.12+: "crash: fix x86_32 crash memory reserve dead loop" guards the `,high` fallback. */
const reserveCrashkernelGeneric = reserveCrashkernelGenericWith(true);
/**
 * x86_64 ≤ 6.6 (5.10, 6.1): plain first, then `,high` when plain is absent, malformed or
 * zero; [CRASH_ALIGN, 4G) then [CRASH_ALIGN, 64T); fixed bases need 1 MiB alignment; a
 * region at or above 4G gets a low part (`,low` or max(swiotlb + 8M, 256M)).
 *
 * @kernel arch/x86/kernel/setup.c reserve_crashkernel, reserve_crashkernel_low (v5.10.223, v6.1.192)
 */
const reserveCrashkernelX86V510 = (ctx) => {
    const { mb, trace } = ctx;
    const present = crashkernelPresent(ctx.cmdline);
    const totalMem = memblockPhysMemSize(mb);
    let p = parseCrashkernelClass(ctx.cmdline, totalMem, null, ctx.dialect, trace);
    let high = false;
    if (p.ret !== 0 || p.size <= 0n) {
        const plain = p;
        p = parseCrashkernelClass(ctx.cmdline, totalMem, ',high', ctx.dialect, trace);
        if (p.ret !== 0 || p.size <= 0n) {
            const outcome = !present ? { kind: 'not-requested' } : plain.ret === 0 && plain.size === 0n ? { kind: 'ignored', reason: 'zero' } : { kind: 'ignored', reason: plain.ret === parse_EINVAL && getsOnlySuffixTokens(ctx) ? 'low-only' : 'syntax' };
            return { outcome, request: { present, size: plain.size } };
        }
        high = true;
    }
    const request = high ? { present, high: p.size } : { present, size: p.size, base: p.base };
    const size = p.size;
    let base = p.base;
    const fixed = base !== 0n;
    const searched = [];
    let fellBack = false;
    if (!fixed) {
        if (!high) {
            searched.push({ base: ctx.align, size: ctx.lowMax - ctx.align });
            base = memblockPhysAllocRange(mb, size, ctx.align, ctx.align, ctx.lowMax, 'crashkernel');
        }
        if (!base) {
            fellBack = !high;
            searched.push({ base: ctx.align, size: ctx.highMax - ctx.align });
            base = memblockPhysAllocRange(mb, size, ctx.align, ctx.align, ctx.highMax, 'crashkernel');
        }
        if (!base) {
            trace.info(SRC, 'crashkernel reservation failed - No suitable area found.');
            return { outcome: { kind: 'failed', size, reason: 'no-room', searched }, request };
        }
    }
    else {
        searched.push({ base, size });
        const start = memblockPhysAllocRange(mb, size, SZ_1M, base, base + size, 'crashkernel');
        if (start !== base) {
            // A misplaced success (start ≠ base) stays reserved in the kernel too: it only returns.
            trace.info(SRC, 'crashkernel reservation failed - memory is in use.');
            return { outcome: { kind: 'failed', size, reason: 'fixed-in-use', searched }, request };
        }
    }
    let low;
    if (base >= 1n << 32n) {
        const r = reserveCrashkernelLowX86(ctx);
        if (r === false) {
            memblockPhysFree(mb, base, size);
            return { outcome: { kind: 'failed', size, reason: 'low-failed', searched }, request };
        }
        low = r;
    }
    trace.info(SRC, `Reserving ${mb20(size)}MB of memory at ${mb20(base)}MB for crashkernel (System RAM: ${mb20(totalMem)}MB)`);
    return { outcome: { kind: 'reserved', main: region('main', base, size), low, fellBack, high, fixed }, request: { ...request, low: low?.size } };
};
/**
 * x86 ≤ 6.6 reserve_crashkernel_low(): `,low` parsed against min(RAM, 4G); absent or
 * malformed → max(swiotlb + 8 MiB, 256 MiB); `crashkernel=0,low` → no low part.
 * Returns false on failure, undefined when no low part is wanted.
 */
function reserveCrashkernelLowX86(ctx) {
    const lowMemLimit = min(memblockPhysMemSize(ctx.mb), ctx.lowMax);
    const l = parseCrashkernelClass(ctx.cmdline, lowMemLimit, ',low', ctx.dialect, ctx.trace);
    let lowSize;
    if (l.ret)
        lowSize = ctx.defaultLow;
    else if (!l.size)
        return undefined;
    else
        lowSize = l.size;
    const lowBase = memblockPhysAllocRange(ctx.mb, lowSize, ctx.align, 0n, ctx.lowMax, 'crashkernel low');
    if (!lowBase) {
        ctx.trace.err(SRC, `Cannot reserve ${mb20(lowSize)}MB crashkernel low memory, please try smaller size.`);
        return false;
    }
    ctx.trace.info(SRC, `Reserving ${mb20(lowSize)}MB of low memory at ${mb20(lowBase)}MB for crashkernel (low RAM limit: ${mb20(lowMemLimit)}MB)`);
    return region('low', lowBase, lowSize);
}
/**
 * riscv64 ≤ 6.5 (6.1): plain only, [DRAM start, min(end, 4G−1)) then [DRAM start, end),
 * PMD_SIZE alignment, its own messages.
 *
 * @kernel arch/riscv/mm/init.c reserve_crashkernel (v6.1.192)
 */
const reserveCrashkernelRiscvV61 = (ctx) => {
    const { mb, trace } = ctx;
    const present = crashkernelPresent(ctx.cmdline);
    const p = parseCrashkernelClass(ctx.cmdline, memblockPhysMemSize(mb), null, ctx.dialect, trace);
    const request = { present, size: p.size, base: p.base };
    if (p.ret || !p.size)
        return { outcome: ignoredReason(p.ret, p.size, present), request };
    const size = PAGE_ALIGN(p.size, ctx.pageSize);
    let searchStart = mb.memory.regions[0]?.base ?? 0n;
    let searchEnd = ctx.highMax;
    if (p.base) {
        searchStart = p.base;
        searchEnd = p.base + size;
    }
    const lowEnd = min(searchEnd, ctx.lowMax);
    const searched = [{ base: searchStart, size: lowEnd - searchStart }];
    let base = memblockPhysAllocRange(mb, size, ctx.align, searchStart, lowEnd, 'crashkernel');
    let fellBack = false;
    if (!base) {
        searched.push({ base: searchStart, size: searchEnd - searchStart });
        base = memblockPhysAllocRange(mb, size, ctx.align, searchStart, searchEnd, 'crashkernel');
        fellBack = base !== 0n;
    }
    if (!base) {
        trace.warn(SRC, `crashkernel: couldn't allocate ${fmtLld(size >> 10n)}KB`);
        return { outcome: { kind: 'failed', size, reason: p.base ? 'fixed-in-use' : 'no-room', searched }, request };
    }
    trace.info(SRC, `crashkernel: reserved 0x${base.toString(16).padStart(16, '0')} - 0x${(base + size).toString(16).padStart(16, '0')} (${mb20(size)} MB)`);
    return { outcome: { kind: 'reserved', main: region('main', base, size), fellBack, high: false, fixed: p.base !== 0n }, request };
};
const RESERVE_VARIANTS = {
    reserveCrashkernelArm64V510,
    reserveCrashkernelArm64V519,
    reserveCrashkernelArm64V62,
    reserveCrashkernelArm64V65,
    reserveCrashkernelGenericV67,
    reserveCrashkernelGeneric,
    reserveCrashkernelX86V510,
    reserveCrashkernelRiscvV61,
};

;// CONCATENATED MODULE: ./src/engine/kernel-version.ts
const RELEASE = /^(\d{1,3})\.(\d{1,3})(?:\.(\d{1,5}))?$/;
/** Parse "6.12" or "6.12.117"; undefined when it is not a release number. */
function parseKernelVersion(text) {
    const m = RELEASE.exec(text);
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === undefined ? 0 : Number(m[3]) };
}
/** kv('6.1.65'): a version literal for tables; throws on a malformed literal (a bug). */
function kv(text) {
    const v = parseKernelVersion(text);
    if (!v)
        throw new Error(`assertion failed: bad kernel version literal ${text}`);
    return v;
}
function compareKernelVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
const formatKernelVersion = (v) => `${v.major}.${v.minor}.${v.patch}`;

;// CONCATENATED MODULE: ./src/engine/memparse.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * memparse() and the integer parsing under it, as two named variants:
 *
 * - memparseWrapping: lib/cmdline.c memparse() up to 6.x — digits accumulate modulo 2^64
 *   and the K/M/G/T/P/E shift drops high bits; a bare suffix letter with no digits is
 *   still consumed (so "M" parses as 0 with the end advanced).
 * - memparseSaturating: 7.x ("lib: fix memparse() to handle overflow", "lib: fix
 *   _parse_integer_limit() to handle overflow") — overflow saturates to ULLONG_MAX and
 *   the suffix is consumed only when digits preceded it.
 *
 * C pointers become indices into the string; `end === start` means nothing was parsed.
 *
 * @kernel lib/cmdline.c memparse, lib/vsprintf.c simple_strtoull/simple_strntoull,
 *         lib/kstrtox.c _parse_integer_fixup_radix/_parse_integer_limit
 */

const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isXDigit = (c) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
/** _parse_integer_fixup_radix() with base 0: "0x"+xdigit → 16, leading "0" → 8, else 10. */
function parseIntegerFixupRadix(s, i) {
    let base = 10;
    if (s[i] === '0') {
        base = s[i + 1]?.toLowerCase() === 'x' && isXDigit(s[i + 2]) ? 16 : 8;
    }
    if (base === 16 && s[i] === '0' && s[i + 1]?.toLowerCase() === 'x')
        return { base, at: i + 2 };
    return { base, at: i };
}
function memparse_digitValue(c) {
    if (isDigit(c))
        return c.charCodeAt(0) - 48;
    const lc = c.toLowerCase();
    if (lc >= 'a' && lc <= 'f')
        return lc.charCodeAt(0) - 87;
    return 99;
}
/**
 * _parse_integer_limit(): accumulate digits of `base`.
 * `saturate` selects the 7.x overflow handling; older kernels wrap modulo 2^64.
 */
function parseIntegerLimit(s, i, base, saturate) {
    let res = 0n;
    let at = i;
    const b = BigInt(base);
    for (; at < s.length; at++) {
        const val = memparse_digitValue(s[at]);
        if (val >= base)
            break;
        const next = res * b + BigInt(val);
        res = next > ULLONG_MAX ? (saturate ? ULLONG_MAX : u64(next)) : next;
    }
    return { value: res, end: at };
}
/** simple_strtoull(s, &end, 0). */
function simpleStrtoull(s, i, saturate) {
    const { base, at } = parseIntegerFixupRadix(s, i);
    return parseIntegerLimit(s, at, base, saturate);
}
const SHIFT = { k: 10n, m: 20n, g: 30n, t: 40n, p: 50n, e: 60n };
/** memparse() of 5.10 … 6.x: wraps, consumes a suffix even without digits. */
const memparseWrapping = (s, start) => {
    const n = simpleStrtoull(s, start, false);
    const shl = SHIFT[s[n.end]?.toLowerCase() ?? ''];
    if (shl === undefined)
        return n;
    return { value: u64(n.value << shl), end: n.end + 1 };
};
/** memparse() of 7.x: saturates, consumes a suffix only after digits. */
const memparseSaturating = (s, start) => {
    const n = simpleStrtoull(s, start, true);
    const shl = SHIFT[s[n.end]?.toLowerCase() ?? ''];
    if (shl === undefined || n.end === start)
        return n;
    const shifted = n.value << shl;
    return { value: shifted > ULLONG_MAX ? ULLONG_MAX : shifted, end: n.end + 1 };
};

;// CONCATENATED MODULE: ./src/engine/policies/index.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * The policy registry: for each architecture an ordered list of behaviour epochs covering
 * 5.10.0 to 7.x without gaps or overlaps (a test checks it), plus the what-if policies of
 * the 2022 LKML thread, selectable by name only.
 *
 * Version boundaries come from ../shared/reference/kernel-model.md §0.3, §1 and §7.1; each
 * policy names its sources. Where the reference marks a release as UNCONFIRMED the boundary
 * sits at the release it names and the policy says so.
 */






// ---------------------------------------------------------------- parse dialects
/** kernel/crash_core.c v5.10: -EINVAL when absent, exact RAM for ranges, ",high"/",low". */
const PARSE_5_10 = {
    memparse: memparseWrapping,
    notFound: parse_EINVAL,
    roundUpTotalTo128M: false,
    rangeSizeExpected: 'Memory value expected',
    rangeOffsetExpected: "Memory value expected after '@'",
    suffixes: [',high', ',low'],
    rejectSizeAtLeastRam: false,
};
/** 5.19 "kdump: return -ENOENT if required cmdline option does not exist". */
const PARSE_5_19 = { ...PARSE_5_10, notFound: ENOENT };
/** 6.0 "kdump: round up the total memory size to 128M for crashkernel reservation" (UNCONFIRMED: 6.0). */
const PARSE_6_0 = { ...PARSE_5_19, roundUpTotalTo128M: true };
/** 6.9 kernel/crash_reserve.c: the size message gained its prefix, the '@' one a typo. */
const PARSE_6_9 = {
    ...PARSE_6_0,
    rangeSizeExpected: 'crashkernel: Memory value expected',
    rangeOffsetExpected: "crahskernel: Memory value expected after '@'",
};
/** 6.12: crash_size >= system RAM is rejected (Jinjie Ruan, 2024; in the 6.12 source). */
const PARSE_6_12 = { ...PARSE_6_9, rejectSizeAtLeastRam: true };
/** ~6.17: ",cma" suffix (UNCONFIRMED release). */
const PARSE_6_17 = { ...PARSE_6_12, suffixes: [',high', ',low', ',cma'] };
/** 7.x: the '@' typo fixed; memparse saturates (UNCONFIRMED release: 7.0). */
const PARSE_7_0 = {
    ...PARSE_6_17,
    memparse: memparseSaturating,
    rangeOffsetExpected: "crashkernel: Memory value expected after '@'",
};
// ---------------------------------------------------------------- arm64
const ARM64_CRASH_V510 = {
    reserve: reserveCrashkernelArm64V510,
    align: SZ_2M,
    defaultLow: 0n,
    supportsHigh: false,
    parseCma: false,
};
/** The arm64 boot facts of the Debian 5.10 build: 1 GiB sections, 4 MiB CMA alignment. */
const ARM64_BOOT_5_10 = {
    kfenceEarlyPool: false,
    idmapTablePages: 0,
    numaDistance: 'reserve',
    allocsAfterNodeData: [],
    sparseBeforeCrash: true,
    sectionSizeBits: 30,
    memSectionBytes: 32n,
    cmaMinAlign: SZ_4M,
    cmaLogNode: false,
};
/** 5.12+ sections of 128 MiB ("arm64: mm: reduce SECTION_SIZE_BITS"), pageblock CMA alignment, 6.0 create_idmap. */
const ARM64_BOOT_6_1 = { ...ARM64_BOOT_5_10, sectionSizeBits: 27, cmaMinAlign: SZ_2M, numaDistance: 'alloc', idmapTablePages: 4 };
/** 6.12: no NUMA distance allocation on a single node, a cpumask after NODE_DATA, create_idmap static. */
const ARM64_BOOT_6_12 = { ...ARM64_BOOT_6_1, numaDistance: 'none', allocsAfterNodeData: [64n], idmapTablePages: 0, cmaLogNode: true, kfenceEarlyPool: true };
/** 7.x: memmap/sparse_init moved after the crash reservation (mm_core_init_early). */
const ARM64_BOOT_7_0 = { ...ARM64_BOOT_6_12, sparseBeforeCrash: false };
const arm64 = (id, from, before, description, sources, parse, crash, a) => ({
    id,
    arch: 'arm64',
    appliesTo: { from: kv(from), before: before ? kv(before) : undefined },
    description,
    sources,
    parse,
    crash,
    arm64: a,
});
const ARM64 = [
    arm64('arm64-5.10.0', '5.10.0', '5.10.22', 'mainline 5.10: early reservation below arm64_dma32_phys_limit, ZONE_DMA fixed at 30 bits', ['arch/arm64/mm/init.c@v5.10 (reconstructed from stable backports 0a30c53573b0, d78050ee3544)'], PARSE_5_10, ARM64_CRASH_V510, { ...ARM64_BOOT_5_10, zones: zoneLimitsFixed30, crashWhen: 'memblock-init', crashLowMax: 'dma32-phys-limit', linearMap: 'arm64-5.10.0', protection: 'arm64-segments' }),
    arm64('arm64-5.10.22', '5.10.22', '5.10.37', 'stable 5.10.22: reservation deferred to bootmem_init(), limit still arm64_dma32_phys_limit', ['arch/arm64/mm/init.c@v5.10.22 (0a30c53573b0 backport)'], PARSE_5_10, ARM64_CRASH_V510, { ...ARM64_BOOT_5_10, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma32-phys-limit', linearMap: 'arm64-5.10.0', protection: 'arm64-segments-block-mapped' }),
    arm64('arm64-5.10.37', '5.10.37', '5.10.47', 'stable 5.10.37: the crash limit becomes arm64_dma_phys_limit (ZONE_DMA)', ['arch/arm64/mm/init.c@v5.10.37 (d78050ee3544 backport)'], PARSE_5_10, ARM64_CRASH_V510, { ...ARM64_BOOT_5_10, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.10.0', protection: 'arm64-segments-block-mapped' }),
    arm64('arm64-5.10.47', '5.10.47', '5.10.111', 'stable 5.10.47: any crashkernel= forces the whole linear map to base pages (crash_mem_map)', ['arch/arm64/mm/mmu.c@v5.10.47 (2687275a5843 backport)'], PARSE_5_10, ARM64_CRASH_V510, { ...ARM64_BOOT_5_10, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.10.47', protection: 'arm64-segments' }),
    arm64('arm64-5.10.111', '5.10.111', '5.11.0', 'stable 5.10.111 (Debian 5.10.223): no DMA zones reserve early; with DMA zones crash_mem_map forces base pages', ['arch/arm64/mm/init.c@v5.10.223', 'arch/arm64/mm/mmu.c@v5.10.223', 'kernel/crash_core.c@v5.10.223'], PARSE_5_10, ARM64_CRASH_V510, { ...ARM64_BOOT_5_10, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.10.111', protection: 'arm64-segments' }),
    arm64('arm64-5.11', '5.11.0', '5.18.0', '5.11 – 5.17: deferred reservation, crash_mem_map forces base pages (KFENCE from 5.12)', ['arch/arm64/mm/init.c@v5.11 (0a30c53573b0)', 'arch/arm64/mm/mmu.c@v5.11 (2687275a5843)'], PARSE_5_10, ARM64_CRASH_V510, { ...ARM64_BOOT_5_10, sectionSizeBits: 27, cmaMinAlign: SZ_4M, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.11', protection: 'arm64-segments' }),
    arm64('arm64-5.18', '5.18.0', '5.19.0', '5.18: no DMA zones reserve early (031495635b46)', ['arch/arm64/mm/init.c@v5.18 (031495635b46)'], PARSE_5_10, ARM64_CRASH_V510, { ...ARM64_BOOT_5_10, sectionSizeBits: 27, cmaMinAlign: SZ_2M, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.18', protection: 'arm64-segments' }),
    arm64('arm64-5.19', '5.19.0', '6.0.0', '5.19: crashkernel=X,high and ,low on arm64 (no default low), -ENOENT for an absent option', ['arch/arm64/mm/init.c@v5.19 (944a45abfabc)', 'kernel/crash_core.c@v5.19'], PARSE_5_19, { reserve: reserveCrashkernelArm64V519, align: SZ_2M, defaultLow: 0n, supportsHigh: true, parseCma: false }, { ...ARM64_BOOT_6_1, idmapTablePages: 0, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.18', protection: 'arm64-segments' }),
    arm64('arm64-6.0', '6.0.0', '6.1.65', '6.0 – 6.1.64: as 5.19, range syntax rounds RAM up to 128M; KFENCE=y forces base pages', ['arch/arm64/mm/init.c@v6.1.192', 'kernel/crash_core.c@v6.1.192'], PARSE_6_0, { reserve: reserveCrashkernelArm64V519, align: SZ_2M, defaultLow: 0n, supportsHigh: true, parseCma: false }, { ...ARM64_BOOT_6_1, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.0', protection: 'arm64-segments' }),
    arm64('arm64-6.1.65', '6.1.65', '6.2.0', 'stable 6.1.65 (Debian 6.1.192): early KFENCE pool no longer forces base pages; rodata=on means not full', ['arch/arm64/mm/init.c@v6.1.192', 'arch/arm64/mm/mmu.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'acfa60dbe038 (6.1.65)'], PARSE_6_0, { reserve: reserveCrashkernelArm64V519, align: SZ_2M, defaultLow: 0n, supportsHigh: true, parseCma: false }, { ...ARM64_BOOT_6_1, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.1.65', protection: 'arm64-segments' }),
    arm64('arm64-6.2', '6.2.0', '6.4.0', '6.2: default 128M low and fallback above the DMA zones for crashkernel=X', ['arch/arm64/mm/init.c@v6.2 (a149cf00b158, a9ae89df7377)'], PARSE_6_0, { reserve: reserveCrashkernelArm64V62, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, 
    // Mainline 6.2/6.3 lack the 6.4 KFENCE decoupling and the 6.7 rodata=on fix that 6.1.65 backported.
    { ...ARM64_BOOT_6_1, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.0', protection: 'arm64-segments' }),
    arm64('arm64-6.4', '6.4.0', '6.5.0', '6.4, the seed resolution: no protection, no crash-induced base pages, always deferred', ['arch/arm64/mm/init.c@v6.4 (504cae453f82)', 'arch/arm64/mm/mmu.c@v6.4 (04a2a7af3d97)', 'arch/arm64/kernel/machine_kexec.c@v6.4 (0d124e96051b)'], PARSE_6_0, { reserve: reserveCrashkernelArm64V62, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...ARM64_BOOT_6_1, kfenceEarlyPool: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.4', protection: 'none' }),
    arm64('arm64-6.5', '6.5.0', '6.7.0', '6.5: ,high first from 4G then low, "memory is in use" for @offset', ['arch/arm64/mm/init.c@v6.5 (6c4dcaddbd36)'], PARSE_6_0, { reserve: reserveCrashkernelArm64V65, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...ARM64_BOOT_6_1, kfenceEarlyPool: true, cmaLogNode: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.4', protection: 'none' }),
    arm64('arm64-6.7', '6.7.0', '6.12.0', '6.7: generic reserve_crashkernel_generic(); ,high searches from CRASH_ADDR_LOW_MAX', ['kernel/crash_core.c@v6.7 (0ab97169aa05)', 'arch/arm64/mm/init.c@v6.7 (fdc268232dbb)'], PARSE_6_0, { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...ARM64_BOOT_6_1, kfenceEarlyPool: true, cmaLogNode: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.4', protection: 'none' }),
    arm64('arm64-6.12', '6.12.0', '6.18.0', '6.12 (Debian 6.12.117): exact zone_dma_limit, LOW == HIGH guard, crash_size >= RAM rejected', ['kernel/crash_reserve.c@v6.12.117', 'arch/arm64/mm/init.c@v6.12.117', 'arch/arm64/mm/mmu.c@v6.12.117'], PARSE_6_12, { reserve: reserveCrashkernelGeneric, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...ARM64_BOOT_6_12, zones: zoneLimitsExact, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.12', protection: 'none' }),
    arm64('arm64-6.18', '6.18.0', '7.0.0', '~6.18: BBML2_NOABORT CPUs keep block mappings with rodata=full (a166563e7ec3; release UNCONFIRMED)', ['arch/arm64/mm/mmu.c (a166563e7ec3)', 'kernel/crash_reserve.c (",cma", UNCONFIRMED 6.17)'], PARSE_6_17, { reserve: reserveCrashkernelGeneric, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...ARM64_BOOT_6_12, zones: zoneLimitsExact, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.18', protection: 'none' }),
    arm64('arm64-7.0', '7.0.0', undefined, '7.x (Debian 7.2.13): crash reserved before sparse_init, rodata=on is full, memparse saturates', ['kernel/crash_reserve.c@v7.2.13', 'arch/arm64/mm/init.c@v7.2.13', 'arch/arm64/mm/mmu.c@v7.2.13', 'lib/cmdline.c@v7.2.13'], PARSE_7_0, { reserve: reserveCrashkernelGeneric, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...ARM64_BOOT_7_0, zones: zoneLimitsExact, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-7.0', protection: 'none' }),
];
/**
 * What-if policies from "arm64, kdump: enforce to take 4G as the crashkernel low memory end"
 * (LKML, 2022-08/09), both on top of the 6.1 code they were proposed against.
 */
const WHAT_IF = [
    {
        ...ARM64.find((p) => p.id === 'arm64-6.0'),
        id: 'whatif-bhe-4g-low-end',
        whatIf: true,
        appliesTo: { from: kv('6.0.0'), before: kv('6.2.0') },
        description: "Baoquan He's proposal: CRASH_ADDR_LOW_MAX is 4G whenever ZONE_DMA/DMA32 exist, so the reservation runs early in arm64_memblock_init() and only the crash region is page-mapped (RPi4 users would need crashkernel=X@Y)",
        sources: ['LKML 20220828005545.94389-1-bhe@redhat.com ([PATCH 0/2] arm64, kdump: enforce to take 4G as the crashkernel low memory end)'],
        arm64: { ...ARM64.find((p) => p.id === 'arm64-6.0').arm64, crashWhen: 'memblock-init', zones: zoneLimitsFixed4G, crashLowMax: 'dma32-phys-limit', linearMap: 'whatif-bhe-4g', protection: 'arm64-segments' },
    },
    {
        ...ARM64.find((p) => p.id === 'arm64-6.0'),
        id: 'whatif-rppt-no-protection-deferred',
        whatIf: true,
        appliesTo: { from: kv('6.0.0'), before: kv('6.2.0') },
        description: "Mike Rapoport's proposal: with ZONE_DMA/DMA32 the reservation stays deferred but the crash kernel is not protected, so nothing forces base pages (crashkres_protection_possible = false)",
        sources: ['LKML YyrBFvD2ID8sqhEK@kernel.org (arm64/mm: don\'t protect crash kernel memory with CONFIG_ZONE_DMA/DMA32, 2022-09-21)'],
        arm64: { ...ARM64.find((p) => p.id === 'arm64-6.0').arm64, linearMap: 'whatif-rppt', protection: 'none-when-deferred' },
    },
];
/** Baoquan's crash_addr_low_max(): 4G when DMA zones exist (RAM below 4G), else all of RAM. */
function zoneLimitsFixed4G(z) {
    const real = zoneLimitsBits(z);
    const dmaZones = z.config.ZONE_DMA || z.config.ZONE_DMA32;
    const low = dmaZones && z.startOfDram < 1n << 32n ? 1n << 32n : z.physMaskPlus1;
    return { ...real, arm64DmaPhysLimit: low };
}
// ---------------------------------------------------------------- x86_64
const X86_CRASH_V510 = { reserve: reserveCrashkernelX86V510, align: SZ_16M, defaultLow: SZ_256M, supportsHigh: true, parseCma: false };
const X86_CRASH_V67 = { reserve: reserveCrashkernelGenericV67, align: SZ_16M, defaultLow: SZ_256M, supportsHigh: true, parseCma: false };
/**
 * The x86 boot facts of the Debian 5.10 build: the low 1M reserved only for crashkernel=
 * (crash_reserve_low_1M; mainline 5.13 always reserves it, not in 5.10.y), 24K trampoline,
 * 12-page pgt_buf (no 5-level paging), memory_map_top_down() finds its first 2M (5.16 allocates
 * and frees it), 4 MiB CMA alignment.
 */
const X86_BOOT_5_10 = {
    low1M: 'crashkernel-only', realModeSize: 0x6000n, pgtBufPages: 12, mapProbe: 'find', cmaMinAlign: SZ_4M, cmaLogNode: false,
    directMap: { splits2M: 9, splits1G: 'zone-start' },
};
/** 6.1 (Debian 6.1.192): first 1M always reserved, 28K trampoline, CONFIG_X86_5LEVEL pgt_buf (16 pages), pageblock CMA alignment. */
const X86_BOOT_6_1 = {
    low1M: 'always', realModeSize: 0x7000n, pgtBufPages: 16, mapProbe: 'alloc-free', cmaMinAlign: SZ_2M, cmaLogNode: false,
    directMap: { splits2M: 10, splits1G: 'zone-start-and-end', extra2M: { freeRamFrom: 2048n << 20n, freeRamBelow: 3520n << 20n } },
};
/** 6.6+: the CMA message names the node. Debian 6.12's image splits two 2M pages fewer. */
const X86_BOOT_6_12 = {
    ...X86_BOOT_6_1,
    cmaLogNode: true,
    directMap: { splits2M: 8, splits1G: 'zone-start-and-end', extra2M: { freeRamFrom: 640n << 20n, freeRamBelow: 3520n << 20n } },
};
/** 7.x: BPF JIT images come from the 2M ROX execmem cache (no 2M split, one 1G split). */
const X86_BOOT_7_0 = {
    ...X86_BOOT_6_12,
    directMap: { splits2M: 9, splits1G: 'zone-start' },
};
const x86 = (id, from, before, description, sources, parse, crash, boot) => ({
    id,
    arch: 'x86_64',
    appliesTo: { from: kv(from), before: before ? kv(before) : undefined },
    description,
    sources,
    parse,
    crash,
    x86: { defaultLowFromSwiotlb: true, ...boot },
});
const X86 = [
    x86('x86_64-5.10', '5.10.0', '5.19.0', '≤5.18: x86 reserve_crashkernel(), plain then ,high, [16M,4G) then [16M,64T)', ['arch/x86/kernel/setup.c@v5.10.223', 'kernel/crash_core.c@v5.10.223'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_10),
    x86('x86_64-5.19', '5.19.0', '6.0.0', '5.19: -ENOENT for an absent option (no behavioural change on x86)', ['kernel/crash_core.c@v5.19'], PARSE_5_19, X86_CRASH_V510, X86_BOOT_6_1),
    x86('x86_64-6.0', '6.0.0', '6.7.0', '6.0 – 6.6 (Debian 6.1.192): range syntax rounds RAM up to 128M', ['arch/x86/kernel/setup.c@v6.1.192', 'kernel/crash_core.c@v6.1.192'], PARSE_6_0, X86_CRASH_V510, X86_BOOT_6_1),
    x86('x86_64-6.7', '6.7.0', '6.9.0', '6.7: generic reserve_crashkernel_generic() (9c08a2a139fe)', ['kernel/crash_core.c@v6.7 (0ab97169aa05)', 'arch/x86/kernel/setup.c@v6.7 (9c08a2a139fe)'], PARSE_6_0, X86_CRASH_V67, X86_BOOT_6_12),
    x86('x86_64-6.9', '6.9.0', '6.12.0', '6.9: kernel/crash_reserve.c split', ['kernel/crash_reserve.c@v6.9'], PARSE_6_9, X86_CRASH_V67, X86_BOOT_6_12),
    x86('x86_64-6.12', '6.12.0', '6.17.0', '6.12 (Debian 6.12.117): LOW == HIGH guard, crash_size >= RAM rejected', ['kernel/crash_reserve.c@v6.12.117', 'arch/x86/kernel/setup.c@v6.12.117'], PARSE_6_12, { ...X86_CRASH_V67, reserve: reserveCrashkernelGeneric }, X86_BOOT_6_12),
    x86('x86_64-6.17', '6.17.0', '7.0.0', '~6.17: crashkernel=size,cma on x86 (UNCONFIRMED release)', ['kernel/crash_reserve.c (reserve_crashkernel_cma)'], PARSE_6_17, { ...X86_CRASH_V67, reserve: reserveCrashkernelGeneric, parseCma: true }, X86_BOOT_6_12),
    x86('x86_64-7.0', '7.0.0', undefined, '7.x (Debian 7.2.13): memparse saturates', ['kernel/crash_reserve.c@v7.2.13', 'arch/x86/kernel/setup.c@v7.2.13', 'lib/cmdline.c@v7.2.13'], PARSE_7_0, { ...X86_CRASH_V67, reserve: reserveCrashkernelGeneric, parseCma: true }, X86_BOOT_7_0),
];
// ---------------------------------------------------------------- riscv64
const riscv = (id, from, before, description, sources, parse, crash, r) => ({
    id,
    arch: 'riscv64',
    appliesTo: { from: kv(from), before: before ? kv(before) : undefined },
    description,
    sources,
    parse,
    crash,
    riscv: r,
});
/**
 * The riscv64 boot facts of the Debian 6.1 build (arch/riscv/mm/init.c@v6.1.192): PMD-only
 * linear map, no reserved_mem array. Used for the whole ≤6.5 epoch (the 6.4 linear-map
 * rework, 3335068f8721, falls inside it: UNCONFIRMED for 6.4–6.5).
 */
const RISCV_BOOT_6_1 = { linearMap: 'pmd-only', sparseBeforeCrash: true, reservedMemBytes: 0n, pageblockBits: 4n, cmaLogNode: false };
/** 6.6 – 6.11: best_map_size() linear map with the KFENCE pool; the reserved_mem array of 6.12 not assumed (UNCONFIRMED before 6.12). */
const RISCV_BOOT_6_6 = { ...RISCV_BOOT_6_1, linearMap: 'best-map-size', cmaLogNode: true };
/** 6.12 (Debian 6.12.117): alloc_reserved_mem_array(), sizeof(struct reserved_mem) = 48. */
const RISCV_BOOT_6_12 = { ...RISCV_BOOT_6_6, reservedMemBytes: 48n };
/** 7.x (Debian 7.2.13): sparse_init() after the crash reservation, 40-byte reserved_mem, 8 pageblock bits, no node in the CMA line. */
const RISCV_BOOT_7_0 = { ...RISCV_BOOT_6_12, sparseBeforeCrash: false, reservedMemBytes: 40n, pageblockBits: 8n, cmaLogNode: false };
const RISCV = [
    riscv('riscv64-5.10', '5.10.0', '6.6.0', '≤6.5: plain crashkernel=X only, [DRAM start, 4G-1) then all of DRAM (kdump on riscv from ~5.13; 5.10 has none: UNCONFIRMED)', ['arch/riscv/mm/init.c@v6.1.192'], PARSE_6_0, { reserve: reserveCrashkernelRiscvV61, align: SZ_2M, defaultLow: 0n, supportsHigh: false, parseCma: false }, { ...RISCV_BOOT_6_1, lowMax: '4G-1' }),
    riscv('riscv64-6.6', '6.6.0', '6.7.0', '6.6: ,high/,low on riscv (5882e5acf18d); modelled with the generic algorithm', ['arch/riscv/mm/init.c@v6.6 (5882e5acf18d)'], PARSE_6_0, { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...RISCV_BOOT_6_6, lowMax: 'dma32' }),
    riscv('riscv64-6.7', '6.7.0', '6.12.0', '6.7: generic reservation (39365395046f)', ['kernel/crash_core.c@v6.7', 'arch/riscv/mm/init.c@v6.7 (39365395046f)'], PARSE_6_0, { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...RISCV_BOOT_6_6, lowMax: 'dma32' }),
    riscv('riscv64-6.12', '6.12.0', '7.0.0', '6.12 (Debian 6.12.117): generic with the ,high LOW == HIGH guard', ['kernel/crash_reserve.c@v6.12.117', 'arch/riscv/mm/init.c@v6.12.117', 'drivers/of/of_reserved_mem.c@v6.12.117'], PARSE_6_12, { reserve: reserveCrashkernelGeneric, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...RISCV_BOOT_6_12, lowMax: 'dma32' }),
    riscv('riscv64-7.0', '7.0.0', undefined, '7.x (Debian 7.2.13): default CMA before the crash reservation, memparse saturates', ['kernel/crash_reserve.c@v7.2.13', 'arch/riscv/mm/init.c@v7.2.13', 'drivers/of/of_reserved_mem.c@v7.2.13', 'mm/mm_init.c@v7.2.13'], PARSE_7_0, { reserve: reserveCrashkernelGeneric, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...RISCV_BOOT_7_0, lowMax: 'dma32' }),
];
const POLICIES = [...ARM64, ...X86, ...RISCV];
const WHAT_IF_POLICIES = WHAT_IF;
/** The lowest release the registry covers. */
const SUPPORTED_FROM = kv('5.10.0');
/**
 * The releases a series resolves to: the Debian builds the oracle booted. A series that is
 * not listed resolves to its .0 release.
 */
const SERIES_RELEASES = {
    '5.10': '5.10.223',
    '6.1': '6.1.192',
    '6.12': '6.12.117',
    '7.2': '7.2.13',
};
/** "6.12" → "6.12.117", "6.6" → "6.6.0", "6.1.65" → "6.1.65"; undefined when not a release or unsupported. */
function resolveKernelRelease(kernel) {
    const v = parseKernelVersion(kernel);
    if (!v)
        return undefined;
    if (compareKernelVersions(v, SUPPORTED_FROM) < 0 || v.major > 7)
        return undefined;
    if (/^\d+\.\d+$/.test(kernel))
        return SERIES_RELEASES[kernel] ?? `${kernel}.0`;
    return kernel;
}
/** The policy for an arch and release, or a what-if policy by name. */
function policyFor(arch, release, name) {
    if (name)
        return [...POLICIES, ...WHAT_IF].find((p) => p.id === name && p.arch === arch);
    const v = parseKernelVersion(release);
    if (!v)
        return undefined;
    return POLICIES.find((p) => p.arch === arch &&
        compareKernelVersions(v, p.appliesTo.from) >= 0 &&
        (!p.appliesTo.before || compareKernelVersions(v, p.appliesTo.before) < 0));
}

;// CONCATENATED MODULE: ./src/engine/riscv/fdt.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * The device-tree side of a riscv64 boot: RAM banks from /memory, /reserved-memory (static
 * `reg` nodes such as OpenSBI's two no-map firmware regions, and dynamic `size` nodes), and
 * the memblock allocations unflatten_device_tree() makes. The code is generic drivers/of;
 * it lives here because riscv is its only user in the engine so far.
 *
 * @kernel drivers/of/fdt.c early_init_dt_add_memory_arch, early_init_fdt_scan_reserved_mem,
 *         unflatten_device_tree, of_alias_scan; drivers/of/of_reserved_mem.c
 *         fdt_scan_reserved_mem, __reserved_mem_reserve_reg, early_init_dt_reserve_memory,
 *         __reserved_mem_alloc_size, __reserved_mem_alloc_in_range,
 *         early_init_dt_alloc_reserved_memory_arch, alloc_reserved_mem_array,
 *         fdt_scan_reserved_mem_reg_nodes (6.12) / fdt_scan_reserved_mem_late (7.2),
 *         fdt_init_reserved_mem_node; kernel/dma/contiguous.c rmem_cma_setup
 *         (v6.12.117, v7.2.13)
 */


const OF = 'of';
const ofLine = (text) => `OF: reserved mem: ${text}`;
/**
 * Mirrors early_init_dt_add_memory_arch() for each /memory bank: the base is rounded up and
 * the size down to whole pages, then memblock_add(). A bank firmware marks no-map (EFI) is
 * added with MEMBLOCK_NOMAP.
 */
function earlyInitDtScanMemory(mb, layout) {
    const page = layout.pageSize;
    for (const bank of layout.memory) {
        let { base, size } = bank;
        if (size < page - (base & (page - 1n)))
            continue;
        if ((base & (page - 1n)) !== 0n) {
            size -= page - (base & (page - 1n));
            base = roundUp(base, page);
        }
        size = roundDown(size, page);
        if (size > 0n)
            memblockAdd(mb, base, size, bank.nomap ? MEMBLOCK_NOMAP : MEMBLOCK_NONE);
    }
}
/** memblock_overlaps_region(&memblock.memory, base, size). */
function overlapsMemory(mb, base, size) {
    return mb.memory.regions.some((r) => r.base < base + size && base < r.base + r.size);
}
/**
 * Mirrors early_init_dt_reserve_memory(): no-map regions are flagged MEMBLOCK_NOMAP (refused
 * with -EBUSY when that memory is already reserved), the others memblock_reserve()d.
 */
function earlyInitDtReserveMemory(mb, base, size, nomap, owner) {
    if (nomap) {
        if (overlapsMemory(mb, base, size) && memblockIsRegionReserved(mb, base, size))
            return false;
        memblockMarkNomap(mb, base, size);
        return true;
    }
    memblockReserve(mb, base, size, owner);
    return true;
}
/**
 * Mirrors early_init_dt_alloc_reserved_memory_arch(): top-down (or bottom-up when the
 * caller switched) in [start, end), `end` 0 meaning anywhere, then no-map if asked.
 */
function earlyInitDtAllocReservedMemoryArch(mb, size, align, start, end, nomap, owner) {
    end = end === 0n ? MEMBLOCK_ALLOC_ANYWHERE : end;
    align = align === 0n ? SMP_CACHE_BYTES : align;
    const base = memblockPhysAllocRange(mb, size, align, start, end, owner);
    if (!base)
        return 0n;
    if (nomap)
        memblockMarkNomap(mb, base, size);
    return base;
}
/**
 * Mirrors __reserved_mem_alloc_in_range(): bottom-up when the window starts at an existing
 * dynamic region, top-down when it ends at one, unchanged when both or neither.
 */
function reservedMemAllocInRange(mb, st, size, align, start, end, nomap, owner) {
    const prevBottomUp = mb.bottomUp;
    let bottomUp = false;
    let topDown = false;
    for (const r of st.dynamicNodes) {
        if (start >= r.base && start <= r.base + r.size)
            bottomUp = true;
        if (end >= r.base && end <= r.base + r.size)
            topDown = true;
    }
    if (bottomUp !== topDown)
        mb.bottomUp = bottomUp;
    const base = earlyInitDtAllocReservedMemoryArch(mb, size, align, start, end, nomap, owner);
    if (bottomUp !== topDown)
        mb.bottomUp = prevBottomUp;
    return base;
}
/**
 * Mirrors fdt_scan_reserved_mem() (called by early_init_fdt_scan_reserved_mem()): every
 * static node is reserved or flagged no-map first, then the dynamic nodes are placed, so
 * that no dynamic region lands on a static one. A `linux,cma-default` shared-dma-pool becomes
 * the default CMA area (rmem_cma_setup()) unless `cma=` is on the command line.
 *
 * @param cmaMinAlign - CMA_MIN_ALIGNMENT_BYTES (pageblock size)
 * @param cmdlineCma - `cma=` was given (size_cmdline != -1)
 */
function fdt_earlyInitFdtScanReservedMem(mb, reservations, trace, opts) {
    const st = { present: reservations.length > 0, totalReservedMemCnt: 0, staticNodes: [], dynamicNodes: [], cmaDefault: false };
    let count = 0;
    for (const r of reservations) {
        if (r.kind !== 'fixed')
            continue;
        // __reserved_mem_reserve_reg(): a failure (or an empty reg) is reported but the node still counts.
        if (!r.size || !earlyInitDtReserveMemory(mb, r.base, r.size, r.nomap, r.name)) {
            trace.err(OF, ofLine(`Reserved memory: failed to reserve memory for node '${r.name}': base ${fmtPhys(r.base)}, size ${r.size / SZ_1M} MiB`));
        }
        count++;
        if (r.size)
            st.staticNodes.push({ name: r.name, base: r.base, size: r.size, nomap: r.nomap });
    }
    for (const r of reservations) {
        if (r.kind !== 'dynamic')
            continue;
        let align = r.align;
        // "Need adjust the alignment to satisfy the CMA requirement".
        if (opts.configCma && r.cma && !r.nomap)
            align = max(align, opts.cmaMinAlign);
        let base = 0n;
        if (r.allocRanges.length > 0) {
            for (const range of r.allocRanges) {
                base = reservedMemAllocInRange(mb, st, r.size, align, range.base, range.base + range.size, r.nomap, r.name);
                if (base)
                    break;
            }
        }
        else {
            base = earlyInitDtAllocReservedMemoryArch(mb, r.size, align, 0n, 0n, r.nomap, r.name);
        }
        if (!base) {
            trace.err(OF, ofLine(`failed to allocate memory for node '${r.name}': size ${r.size / SZ_1M} MiB`));
            continue;
        }
        count++;
        st.dynamicNodes.push({ name: r.name, base, size: r.size });
        fdtInitReservedMemNode(mb, st, trace, { name: r.name, base, size: r.size, nomap: r.nomap, reusable: r.cma, cmaDefault: r.cma && r.cmaDefault && opts.configCma }, opts.cmdlineCma);
    }
    st.totalReservedMemCnt = count;
    return st;
}
/**
 * Mirrors fdt_init_reserved_mem_node(): the region's init function (only rmem_cma_setup()
 * is modelled: a reusable shared-dma-pool), then the "OF: reserved mem:" line; a failing
 * init gives the memory back.
 */
function fdtInitReservedMemNode(mb, st, trace, n, cmdlineCma) {
    if (n.reusable && n.cmaDefault && cmdlineCma) {
        // rmem_cma_setup(): "cma=" wins over the DT default pool (-EBUSY), and the node's memory is returned.
        trace.info(OF, ofLine(`Reserved memory: bypass ${n.name} node, using cmdline CMA params instead`));
        trace.info(OF, ofLine(`node ${n.name} compatible matching fail`));
        if (n.nomap)
            memblockClearNomap(mb, n.base, n.size);
        else
            memblockPhysFree(mb, n.base, n.size);
        return;
    }
    if (n.reusable) {
        if (n.cmaDefault)
            st.cmaDefault = true;
        trace.info(OF, ofLine(`Reserved memory: created CMA memory pool at ${fmtPhys(n.base)}, size ${n.size / SZ_1M} MiB`));
    }
    const end = n.base + n.size - 1n;
    trace.info(OF, ofLine(`${fmtPhys(n.base)}..${fmtPhys(end)} (${n.size >> 10n} KiB) ${n.nomap ? 'nomap' : 'map'} ${n.reusable ? 'reusable' : 'non-reusable'} ${n.name}`));
}
/**
 * Mirrors the memblock side of unflatten_device_tree(): the reserved_mem array sized for
 * every node (alloc_reserved_mem_array(), 6.12+, when /reserved-memory exists and has
 * nodes) with the static nodes initialised into it, then the unflattened tree and the
 * alias table of of_alias_scan(), both through early_init_dt_alloc_memory_arch()
 * (memblock_alloc, 8-byte alignment).
 *
 * @param reservedMemBytes - sizeof(struct reserved_mem); 0 where the kernel has no array to allocate
 * @param treeBytes - the unflattened tree (a measured size: it depends on the DTB)
 * @param aliasBytes - the struct alias_prop allocations of of_alias_scan() (one per /aliases entry)
 */
function unflattenDeviceTree(mb, st, trace, sizes) {
    if (st.present && sizes.reservedMemBytes > 0n && st.totalReservedMemCnt > 0) {
        memblockAlloc(mb, BigInt(st.totalReservedMemCnt) * sizes.reservedMemBytes, SMP_CACHE_BYTES, 'alloc_reserved_mem_array');
    }
    for (const n of st.staticNodes)
        fdtInitReservedMemNode(mb, st, trace, { ...n, reusable: false, cmaDefault: false }, false);
    if (sizes.treeBytes > 0n)
        memblockAlloc(mb, sizes.treeBytes, 8n, 'unflatten_device_tree');
    if (sizes.aliasBytes > 0n)
        memblockAlloc(mb, sizes.aliasBytes, 8n, 'of_alias_scan');
}

;// CONCATENATED MODULE: ./src/engine/riscv/mmu.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * riscv64 kernel page tables as far as they cost memblock memory before the crash
 * reservation: the linear map and the kernel mapping that setup_vm_final() builds in
 * swapper_pg_dir, and the vmemmap tables sparse_init() adds (≤6.x). Every table page a
 * walk finds missing is allocated on the spot, top-down, exactly when the kernel allocates
 * it; the leaves of the linear map are kept for the granule histogram.
 *
 * Only the presence of table entries matters here, so an entry is 'table' (points to a
 * next-level table) or 'leaf' (maps a block); the tables themselves hold no data.
 *
 * @kernel arch/riscv/mm/init.c setup_vm_final, create_pgd_mapping, create_p4d_mapping,
 *         create_pud_mapping, create_pmd_mapping, best_map_size, create_linear_mapping_range,
 *         create_linear_mapping_page_table, create_kernel_page_table, vmemmap_populate
 *         (v6.12.117, v7.2.13); best_map_size, setup_vm_final (v6.1.192);
 *         arch/riscv/include/asm/page.h, pgtable.h, pgtable-64.h; mm/sparse-vmemmap.c
 *         vmemmap_populate_hugepages (v6.12.117)
 */

const RISCV_PAGE_SHIFT = 12n;
const RISCV_PAGE_SIZE = 1n << RISCV_PAGE_SHIFT;
/** PMD_SIZE on rv64 (4K pages): 2 MiB. Also CRASH_ALIGN and the kernel reservation's rounding. */
const RISCV_PMD_SIZE = 1n << 21n;
/** PAGE_OFFSET_L5/L4/L3 (arch/riscv/include/asm/page.h): the base of the linear map per mode. */
const PAGE_OFFSET_BY_LEVELS = {
    5: 0xff60000000000000n,
    4: 0xffffaf8000000000n,
    3: 0xffffffd600000000n,
};
/** KERNEL_LINK_ADDR on rv64: ADDRESS_SPACE_END - SZ_2G + 1 (no KASLR in Debian's builds). */
const KERNEL_LINK_ADDR = 0xffffffff80000000n;
/** STRUCT_PAGE_MAX_SHIFT: sizeof(struct page) = 64 on rv64. */
const STRUCT_PAGE_MAX_SHIFT = 6n;
/** The paging mode from the kernel's VA_BITS (57 → Sv57, 48 → Sv48, otherwise Sv39). */
function pagingLevels(vaBits) {
    return vaBits >= 57 ? 5 : vaBits >= 48 ? 4 : 3;
}
/** The PGD entry shift of a mode: PGDIR_SHIFT (48 / 39 / 30). */
const pgdirShift = (levels) => 12n + 9n * BigInt(levels - 1);
/** KERN_VIRT_SIZE = (PTRS_PER_PGD / 2 * PGDIR_SIZE) / 2: the largest linear map. */
const kernVirtSize = (levels) => 1n << (pgdirShift(levels) + 7n);
/** VMEMMAP_START = VMALLOC_START - VMEMMAP_SIZE, VMALLOC_START = PAGE_OFFSET - KERN_VIRT_SIZE / 2. */
function vmemmapStart(levels) {
    const vaBits = BigInt(3 * 9 + 12) + 9n * BigInt(levels - 3);
    const vmallocStart = PAGE_OFFSET_BY_LEVELS[levels] - kernVirtSize(levels) / 2n;
    return vmallocStart - (1n << (vaBits - RISCV_PAGE_SHIFT - 1n + STRUCT_PAGE_MAX_SHIFT));
}
/**
 * swapper_pg_dir at the start of setup_vm_final(): empty but for the fixmap entry, which
 * points at the statically allocated fixmap_p4d/pud/pmd (create_pgd_mapping(swapper_pg_dir,
 * FIXADDR_START, fixmap_pgd_next, PGDIR_SIZE)). FIXADDR_TOP is PCI_IO_START, just under
 * VMEMMAP_START, which is PGDIR aligned in every mode, so the fixmap owns the entry below it.
 */
function swapperPgDir(levels, physRamBase) {
    const shifts = [];
    for (let s = pgdirShift(levels); s >= RISCV_PAGE_SHIFT; s -= 9n)
        shifts.push(s);
    const t = {
        levels,
        shifts,
        pageOffset: PAGE_OFFSET_BY_LEVELS[levels],
        physRamBase,
        entries: new Map(),
        linear: [],
    };
    t.entries.set(entryKey(shifts[0], vmemmapStart(levels) - 1n), 'table');
    return t;
}
const entryKey = (shift, va) => `${shift}:${va >> shift}`;
/** __va() of the linear map. */
const linearVa = (t, pa) => pa - t.physRamBase + t.pageOffset;
/**
 * Mirrors create_pgd_mapping() and the create_p4d/pud/pmd/pte_mapping() it descends through:
 * a leaf of `sz` at `va`, allocating each missing next-level table on the way down. An
 * entry that is already a leaf is left alone (the kernel would walk into the block as if it
 * were a table; the boot avoids that by isolating text, rodata and the KFENCE pool first).
 * Returns false when the leaf was not installed.
 */
function mmu_createPgdMapping(t, va, sz, alloc) {
    for (const shift of t.shifts) {
        const key = entryKey(shift, va);
        const state = t.entries.get(key);
        if (sz === 1n << shift) {
            // The leaf level: `if (pxd_val(pxdp[idx]) == 0) pxdp[idx] = pfn_pxd(...)`.
            if (state === undefined)
                t.entries.set(key, 'leaf');
            return state === undefined;
        }
        if (state === 'leaf')
            return false;
        if (state === undefined) {
            // The next level is the PTE table when this entry is a PMD entry.
            alloc(shift === RISCV_PMD_SIZE_SHIFT);
            t.entries.set(key, 'table');
        }
    }
    return false;
}
const RISCV_PMD_SIZE_SHIFT = 21n;
/**
 * Mirrors best_map_size() of 6.4+: the largest of P4D (Sv57 only), PUD (Sv48+), PMD and
 * PAGE that both pa and va are aligned to and that fits; PAGE with debug_pagealloc.
 */
function bestMapSize(t, pa, va, size, debugPagealloc) {
    if (debugPagealloc)
        return RISCV_PAGE_SIZE;
    const fits = (s) => (pa & (s - 1n)) === 0n && (va & (s - 1n)) === 0n && size >= s;
    if (t.levels >= 5 && fits(1n << 39n))
        return 1n << 39n;
    if (t.levels >= 4 && fits(1n << 30n))
        return 1n << 30n;
    if (fits(RISCV_PMD_SIZE))
        return RISCV_PMD_SIZE;
    return RISCV_PAGE_SIZE;
}
/** Mirrors best_map_size(base, size) of ≤6.3: PMD when the whole range is PMD aligned, else PAGE. */
function bestMapSizePmdOnly(base, size) {
    return (base & (RISCV_PMD_SIZE - 1n)) !== 0n || (size & (RISCV_PMD_SIZE - 1n)) !== 0n ? RISCV_PAGE_SIZE : RISCV_PMD_SIZE;
}
function recordLeaf(t, base, size, granule) {
    const last = t.linear.at(-1);
    if (last && last.granule === granule && last.base + last.size === base)
        last.size += size;
    else
        t.linear.push({ base, size, granule });
}
/**
 * Mirrors create_linear_mapping_range(start, end, fixed_map_size) (6.4+): each step maps
 * best_map_size(pa, va, end - pa) or the fixed size. A run of PAGE steps stays inside one
 * PTE table until the next PMD boundary, so it is walked once per table, not once per page.
 */
function createLinearMappingRange(t, start, end, fixedMapSize, debugPagealloc, alloc) {
    for (let pa = start; pa < end;) {
        const va = linearVa(t, pa);
        const mapSize = fixedMapSize || bestMapSize(t, pa, va, end - pa, debugPagealloc);
        if (mapSize === RISCV_PAGE_SIZE) {
            const next = min(end, (pa & ~(RISCV_PMD_SIZE - 1n)) + RISCV_PMD_SIZE);
            mmu_createPgdMapping(t, va, mapSize, alloc);
            recordLeaf(t, pa, next - pa, mapSize);
            pa = next;
            continue;
        }
        if (mmu_createPgdMapping(t, va, mapSize, alloc))
            recordLeaf(t, pa, mapSize, mapSize);
        pa += mapSize;
    }
}
/** The ≤6.3 loop of setup_vm_final(): one map size per memblock range. */
function createLinearMappingRangePmdOnly(t, start, end, alloc) {
    const mapSize = bestMapSizePmdOnly(start, end - start);
    for (let pa = start; pa < end;) {
        const va = linearVa(t, pa);
        if (mapSize === RISCV_PAGE_SIZE) {
            const next = min(end, (pa & ~(RISCV_PMD_SIZE - 1n)) + RISCV_PMD_SIZE);
            mmu_createPgdMapping(t, va, mapSize, alloc);
            recordLeaf(t, pa, next - pa, mapSize);
            pa = next;
            continue;
        }
        if (mmu_createPgdMapping(t, va, mapSize, alloc))
            recordLeaf(t, pa, mapSize, mapSize);
        pa += mapSize;
    }
}
/**
 * Mirrors create_kernel_page_table(swapper_pg_dir, false): the kernel image at
 * KERNEL_LINK_ADDR, PMD by PMD, in its own PGD entry.
 */
function createKernelPageTable(t, imageSize, alloc) {
    for (let va = KERNEL_LINK_ADDR; va < KERNEL_LINK_ADDR + imageSize; va += RISCV_PMD_SIZE)
        mmu_createPgdMapping(t, va, RISCV_PMD_SIZE, alloc);
}
/**
 * Mirrors vmemmap_populate() → vmemmap_populate_hugepages() for one section's memmap: PMD
 * leaves backed by the sparse buffer (no memblock call), tables allocated on the way down.
 * `vmemmapStartPfn` is round_down(phys_ram_base, VMEMMAP_ADDR_ALIGN) >> PAGE_SHIFT.
 */
function vmemmapPopulate(t, pfn, nrPages, vmemmapStartPfn, alloc) {
    const base = vmemmapStart(t.levels);
    const start = base + (pfn - vmemmapStartPfn) * (1n << STRUCT_PAGE_MAX_SHIFT);
    const end = start + nrPages * (1n << STRUCT_PAGE_MAX_SHIFT);
    for (let addr = start; addr < end;) {
        // pmd_addr_end(addr, end)
        const next = min(end, (addr & ~(RISCV_PMD_SIZE - 1n)) + RISCV_PMD_SIZE);
        mmu_createPgdMapping(t, addr & ~(RISCV_PMD_SIZE - 1n), RISCV_PMD_SIZE, alloc);
        addr = next;
    }
}
/** Bytes of the linear map per granule name ("4K", "2M", "1G", "512G"), over [base, base + size) or all. */
function linearHistogram(t, within) {
    const out = {};
    for (const run of t.linear) {
        let s = run.base;
        let e = run.base + run.size;
        if (within) {
            s = s > within.base ? s : within.base;
            const we = within.base + within.size;
            e = e < we ? e : we;
            if (e <= s)
                continue;
        }
        const name = granuleName(run.granule);
        out[name] = (out[name] ?? 0n) + (e - s);
    }
    return out;
}
function granuleName(g) {
    if (g >= 1n << 30n)
        return `${g >> 30n}G`;
    if (g >= 1n << 20n)
        return `${g >> 20n}M`;
    return `${g >> 10n}K`;
}

;// CONCATENATED MODULE: ./src/engine/riscv/sparse.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * sparse_init() on riscv64 (SPARSEMEM_EXTREME + SPARSEMEM_VMEMMAP, one node): the
 * mem_section root array, one section array per root touched, the usemaps next to
 * NODE_DATA, the memmap buffer and the vmemmap page tables. On ≤6.x misc_mem_init() runs it
 * before the crash reservation, so its ~RAM/64 + 32 MiB sit right under the top of RAM
 * before crashkernel= is placed.
 *
 * @kernel mm/sparse.c memblocks_present, memory_present, sparse_index_init,
 *         sparse_index_alloc, sparse_init, sparse_init_nid,
 *         sparse_early_usemaps_alloc_pgdat_section, sparse_buffer_init, mem_section_usage_size,
 *         usemap_size; mm/mm_init.c memmap_alloc; mm/sparse-vmemmap.c __earlyonly_bootmem_alloc;
 *         include/linux/mmzone.h struct mem_section, struct mem_section_usage;
 *         arch/riscv/include/asm/sparsemem.h (v6.12.117, v7.2.13)
 */



/** SECTION_SIZE_BITS and MAX_PHYSMEM_BITS of rv64 (arch/riscv/include/asm/sparsemem.h). */
const RISCV_SECTION_SIZE_BITS = 27n;
const RISCV_MAX_PHYSMEM_BITS = 56n;
/**
 * sizeof(struct mem_section): section_mem_map + usage, plus page_ext + pad with
 * CONFIG_PAGE_EXTENSION (set in Debian's riscv64 6.12 and 7.2 builds): 32 bytes, so
 * SECTIONS_PER_ROOT = 128 and the root array is 2^22 pointers = 32 MiB.
 */
const RISCV_MEM_SECTION_BYTES = 32n;
/** sizeof(struct page) on rv64. */
const STRUCT_PAGE_BYTES = 64n;
/** pageblock_order on rv64 with 4K pages: min(MAX_PAGE_ORDER, PMD_SHIFT - PAGE_SHIFT) = 9. */
const RISCV_PAGEBLOCK_ORDER = 9n;
/**
 * mem_section_usage_size(): struct mem_section_usage (rcu_head 16 bytes + the subsection
 * bitmap, one bit per 2 MiB) plus usemap_size() (NR_PAGEBLOCK_BITS per pageblock, in longs).
 */
function memSectionUsageSize(pageblockBits) {
    const pagesPerSection = 1n << (RISCV_SECTION_SIZE_BITS - RISCV_PAGE_SHIFT);
    const subsections = (1n << RISCV_SECTION_SIZE_BITS) / RISCV_PMD_SIZE;
    const subsectionMapBytes = roundUp(subsections, 64n) / 8n;
    const blockflagsBits = (pagesPerSection >> RISCV_PAGEBLOCK_ORDER) * pageblockBits;
    const usemapBytes = roundUp(blockflagsBits, 64n) / 8n;
    return 16n + subsectionMapBytes + usemapBytes;
}
/**
 * Mirrors sparse_init() for one node.
 *
 * @param nodeData - physical address of NODE_DATA(0) (the usemaps go into its section)
 * @param physRamBase - __pa(MAX_DMA_ADDRESS) = __pa(PAGE_OFFSET): the goal of the memmap and vmemmap allocations
 * @param pageblockBits - NR_PAGEBLOCK_BITS of the kernel (policy data)
 */
function sparse_sparseInit(mb, tables, nodeData, physRamBase, pageblockBits) {
    const sectionSize = 1n << RISCV_SECTION_SIZE_BITS;
    const pagesPerSection = sectionSize / RISCV_PAGE_SIZE;
    const sectionsPerRoot = RISCV_PAGE_SIZE / RISCV_MEM_SECTION_BYTES;
    // memblocks_present(): the root array first (SPARSEMEM_EXTREME), 1 << INTERNODE_CACHE_SHIFT aligned.
    const nrSectionRoots = (1n << (RISCV_MAX_PHYSMEM_BITS - RISCV_SECTION_SIZE_BITS)) / sectionsPerRoot;
    const memSection = memblockAlloc(mb, nrSectionRoots * 8n, SMP_CACHE_BYTES, 'sparse_init');
    // memory_present() for each memblock.memory range (NOMAP ones too): one section array per root.
    const present = new Set();
    const roots = new Set();
    for (const r of mb.memory.regions) {
        const startPfn = roundUp(r.base, RISCV_PAGE_SIZE) >> RISCV_PAGE_SHIFT;
        const endPfn = (r.base + r.size) >> RISCV_PAGE_SHIFT;
        for (let pfn = startPfn & ~(pagesPerSection - 1n); pfn < endPfn; pfn += pagesPerSection) {
            const section = pfn / pagesPerSection;
            const root = section / sectionsPerRoot;
            if (!roots.has(root)) {
                roots.add(root);
                // sparse_index_alloc(): memblock_alloc_node(SECTIONS_PER_ROOT * sizeof(struct mem_section), SMP_CACHE_BYTES).
                memblockAllocTryNid(mb, sectionsPerRoot * RISCV_MEM_SECTION_BYTES, SMP_CACHE_BYTES, 0n, 0n, 'sparse_index_alloc');
            }
            present.add(section);
        }
    }
    const sections = [...present].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (sections.length === 0)
        return undefined;
    const mapCount = BigInt(sections.length);
    // sparse_early_usemaps_alloc_pgdat_section(): inside NODE_DATA's section if possible.
    const goal = nodeData & ~(sectionSize - 1n);
    const usageBytes = memSectionUsageSize(pageblockBits) * mapCount;
    let usemap = memblockAllocTryNid(mb, usageBytes, SMP_CACHE_BYTES, goal, goal + sectionSize, 'sparse_init_nid');
    if (!usemap)
        usemap = memblockAllocTryNid(mb, usageBytes, SMP_CACHE_BYTES, goal, 0n, 'sparse_init_nid');
    if (!usemap)
        return { presentSections: sections, memSection, usemap, memmap: 0n };
    // sparse_buffer_init(): one section_map_size() per present section, section_map_size() aligned.
    const sectionMapSize = roundUp(STRUCT_PAGE_BYTES * pagesPerSection, RISCV_PMD_SIZE);
    const memmap = memblockAllocTryNid(mb, mapCount * sectionMapSize, sectionMapSize, physRamBase, 0n, 'memmap_alloc');
    // vmemmap_populate(): tables from __earlyonly_bootmem_alloc(); the PMD blocks come from
    // the buffer, or one by one from memblock when the buffer could not be allocated.
    const tableAlloc = () => memblockAllocTryNid(mb, RISCV_PAGE_SIZE, RISCV_PAGE_SIZE, physRamBase, 0n, '__earlyonly_bootmem_alloc');
    const vmemmapStartPfn = (physRamBase & ~(sectionSize - 1n)) >> RISCV_PAGE_SHIFT;
    for (const section of sections) {
        vmemmapPopulate(tables, section * pagesPerSection, pagesPerSection, vmemmapStartPfn, tableAlloc);
        if (!memmap)
            memblockAllocTryNid(mb, RISCV_PMD_SIZE, RISCV_PMD_SIZE, physRamBase, 0n, 'vmemmap_alloc_block');
    }
    return { presentSections: sections, memSection, usemap, memmap };
}

;// CONCATENATED MODULE: ./src/engine/riscv/setup.ts







/** KFENCE_POOL_SIZE = (CONFIG_KFENCE_NUM_OBJECTS + 1) * 2 * PAGE_SIZE; Debian's riscv64 builds keep 255 objects. */
const KFENCE_NUM_OBJECTS = 255n;
const setup_kfencePoolSize = (pageSize) => (KFENCE_NUM_OBJECTS + 1n) * 2n * pageSize;
/**
 * of_alias_scan()'s share of the measured unflatten_device_tree() bytes: QEMU virt's only
 * alias, serial0, is one struct alias_prop (40 bytes) plus the stem "serial" and its NUL.
 * The profile's `boot.unflattenedDt` is the sum of both allocations.
 */
const QEMU_VIRT_ALIAS_BYTES = 47n;
/** CMA_MIN_ALIGNMENT_BYTES: one pageblock (pageblock_order 9 with 4K pages). */
const cmaMinAlignment = (pageSize) => pageSize << 9n;
/**
 * Mirrors early_mem() for every `mem=` (each one is min()ed into memory_limit, which
 * setup_vm() starts at KERN_VIRT_SIZE), then returns the limit setup_bootmem() enforces.
 */
function earlyMem(layout, policy, levels, trace) {
    let memoryLimit = kernVirtSize(levels);
    for (const m of layout.cmdline.matchAll(/(?:^| )mem=(\S*)/g)) {
        const size = policy.parse.memparse(m[1], 0).value & ~(layout.pageSize - 1n);
        memoryLimit = min(size, memoryLimit);
        trace.info('mm', `Memory limited to ${BigInt.asIntN(64, memoryLimit >> 20n)}MB`);
    }
    return memoryLimit;
}
/**
 * Mirrors memblock_enforce_memory_limit(): keep the first `limit` bytes of memblock.memory
 * (NOMAP regions count) and drop memory and reservations above that address.
 * @kernel mm/memblock.c memblock_enforce_memory_limit, __find_max_addr
 */
function memblockEnforceMemoryLimit(mb, limit) {
    if (!limit)
        return;
    let maxAddr = PHYS_ADDR_MAX;
    let left = limit;
    for (const r of mb.memory.regions) {
        if (left <= r.size) {
            maxAddr = r.base + left;
            break;
        }
        left -= r.size;
    }
    if (maxAddr === PHYS_ADDR_MAX)
        return;
    memblockRemove(mb, maxAddr, PHYS_ADDR_MAX - maxAddr);
    memblockPhysFree(mb, maxAddr, PHYS_ADDR_MAX - maxAddr);
}
/**
 * Mirrors reserve_initrd_mem(): the initrd rounded out to whole pages, reserved unless it
 * is not RAM or overlaps a reservation (then the initrd is disabled).
 */
function reserveInitrdMem(mb, layout, trace) {
    if (!layout.initrd || layout.initrd.size === 0n)
        return;
    const page = layout.pageSize;
    const start = roundDown(layout.initrd.base, page);
    const size = roundUp(layout.initrd.size + (layout.initrd.base - start), page);
    const hex8 = (x) => '0x' + x.toString(16).padStart(8, '0');
    if (!memblockIsRegionMemory(mb, start, size)) {
        trace.err('initrd', `INITRD: ${hex8(start)}+${hex8(size)} is not a memory region - disabling initrd`);
        return;
    }
    if (memblockIsRegionReserved(mb, start, size)) {
        trace.err('initrd', `INITRD: ${hex8(start)}+${hex8(size)} overlaps in-use memory region - disabling initrd`);
        return;
    }
    memblockReserve(mb, start, size, 'reserve_initrd_mem');
}
/**
 * Mirrors setup_bootmem() (called from paging_init()).
 * @kernel arch/riscv/mm/init.c setup_bootmem
 */
function setupBootmem(mb, layout, policy, trace, memoryLimit, levels) {
    memblockEnforceMemoryLimit(mb, memoryLimit);
    // Reserve the kernel up to the next PMD boundary: with STRICT_KERNEL_RWX it is mapped
    // read-only in the linear map and nothing else may share its last 2 MiB.
    const vmlinuxStart = layout.image.base;
    const vmlinuxEnd = roundUp(layout.image.base + layout.image.size, RISCV_PMD_SIZE);
    memblockReserve(mb, vmlinuxStart, vmlinuxEnd - vmlinuxStart, 'paging_init');
    // The linear map starts at a PMD boundary, so at worst it is mapped with PMDs.
    const physRamBase = memblockStartOfDram(mb) & ~(RISCV_PMD_SIZE - 1n);
    // The size of the linear mapping may restrict the amount of usable RAM.
    const maxMappedAddr = physRamBase + kernVirtSize(levels);
    if (memblockEndOfDram(mb) > maxMappedAddr)
        memblockCapMemoryRange(mb, physRamBase, maxMappedAddr - physRamBase);
    const maxLowPhys = roundDown(memblockEndOfDram(mb), layout.pageSize);
    const dma32PhysLimit = min(phys_SZ_4G, maxLowPhys);
    reserveInitrdMem(mb, layout, trace);
    // No allocation may come before the DT's reserved memory is known.
    const cmdlineCma = cmaSizeFromCmdline(layout.cmdline, policy);
    const reservedMem = fdt_earlyInitFdtScanReservedMem(mb, layout.reservations, trace, {
        configCma: layout.config.CMA,
        cmaMinAlign: cmaMinAlignment(layout.pageSize),
        cmdlineCma: cmdlineCma !== undefined,
    });
    // The DTB is reserved by hand (early_init_fdt_reserve_self() cannot __pa() a fixmap pointer).
    if (layout.dtb)
        memblockReserve(mb, layout.dtb.base, layout.dtb.size, 'paging_init');
    const cma = dmaContiguousReserve(mb, layout, policy, trace, dma32PhysLimit, reservedMem.cmaDefault, cmdlineCma);
    return { physRamBase, maxLowPhys, dma32PhysLimit, kernel: { base: vmlinuxStart, size: vmlinuxEnd - vmlinuxStart }, reservedMem, cma };
}
/**
 * Mirrors memblock_cap_memory_range(base, size) as setup_bootmem() uses it: memory above
 * the largest linear map (KERN_VIRT_SIZE past phys_ram_base) is dropped with its
 * reservations. (The kernel keeps NOMAP regions above the cap; none exist there in practice.)
 */
function memblockCapMemoryRange(mb, base, size) {
    memblockRemove(mb, base + size, PHYS_ADDR_MAX - (base + size));
    memblockPhysFree(mb, base + size, PHYS_ADDR_MAX - (base + size));
}
/**
 * Mirrors dma_contiguous_reserve(dma32_phys_limit): the default CMA area (CONFIG_CMA_SIZE_MBYTES
 * or `cma=`), unless a DT `linux,cma-default` pool already is the default area.
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve; mm/cma.c cma_declare_contiguous_nid
 */
function dmaContiguousReserve(mb, layout, policy, trace, limit, dtDefault, cmdlineSize) {
    if (!layout.config.CMA || dtDefault)
        return undefined;
    const size = cmdlineSize ?? BigInt(layout.config.CMA_SIZE_MBYTES) << 20n;
    if (size === 0n)
        return undefined;
    const base = cmaDeclareContiguous(mb, size, limit, cmaMinAlignment(layout.pageSize), policy.riscv.cmaLogNode, trace);
    return base ? { base, size: roundUp(size, cmaMinAlignment(layout.pageSize)) } : undefined;
}
/** `debug_pagealloc=` (kstrtobool) with CONFIG_DEBUG_PAGEALLOC: page-granular linear map. */
function debugPageallocEnabled(layout) {
    if (!layout.config.DEBUG_PAGEALLOC)
        return false;
    let on = false;
    for (const m of layout.cmdline.matchAll(/(?:^| )debug_pagealloc=(\S*)/g)) {
        const v = m[1].toLowerCase();
        if (/^(y|t|1|on)/.test(v))
            on = true;
        else if (/^(n|f|0|of)/.test(v))
            on = false;
    }
    return on;
}
/** Walks a plan into page tables: the loop over memory, then the isolated kernel, then KFENCE. */
function mapLinear(t, plan, variant, debugPagealloc, alloc) {
    for (const r of plan.ranges) {
        let start = r.base;
        // The part of the first bank below phys_ram_base cannot be mapped.
        if (start <= t.physRamBase && t.physRamBase < r.base + r.size)
            start = t.physRamBase;
        if (variant === 'pmd-only')
            createLinearMappingRangePmdOnly(t, start, r.base + r.size, alloc);
        else
            createLinearMappingRange(t, start, r.base + r.size, 0n, debugPagealloc, alloc);
    }
    if (plan.isolated)
        createLinearMappingRange(t, plan.isolated.base, plan.isolated.base + plan.isolated.size, 0n, debugPagealloc, alloc);
    if (plan.kfencePool)
        createLinearMappingRange(t, plan.kfencePool.base, plan.kfencePool.base + plan.kfencePool.size, RISCV_PAGE_SIZE, debugPagealloc, alloc);
}
const mappableRanges = (mb) => mb.memory.regions.filter((r) => !(r.flags & MEMBLOCK_NOMAP)).map((r) => ({ base: r.base, size: r.size }));
/**
 * Mirrors setup_vm_final() → create_linear_mapping_page_table() + create_kernel_page_table().
 * 6.4+: kernel text and rodata are flagged NOMAP so the memory loop does not cover them with
 * a PUD; the KFENCE pool is allocated (memblock_phys_alloc, page aligned) and kept out of the
 * loop too, then mapped with pages. Text and rodata are 2 MiB aligned (SECTION_ALIGN with
 * STRICT_KERNEL_RWX), so isolating the whole PMD-rounded image gives the same tables as
 * isolating exactly [_start, __init_data_begin) and [__start_rodata, _data).
 * Table pages come from memblock_phys_alloc(PAGE_SIZE, PAGE_SIZE) (alloc_*_fixmap).
 */
function setupVmFinal(mb, layout, pol, bm, levels, debugPagealloc) {
    const tables = swapperPgDir(levels, bm.physRamBase);
    let linearTablePages = 0;
    let linearPteTables = 0;
    const linearAlloc = (lastLevel) => {
        linearTablePages++;
        if (lastLevel)
            linearPteTables++;
        return memblockPhysAllocRange(mb, RISCV_PAGE_SIZE, RISCV_PAGE_SIZE, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, lastLevel ? 'alloc_pte_fixmap' : 'alloc_pmd_fixmap');
    };
    const plan = { ranges: [] };
    if (pol.linearMap === 'best-map-size') {
        plan.isolated = bm.kernel;
        memblockMarkNomap(mb, bm.kernel.base, bm.kernel.size);
        if (layout.config.KFENCE) {
            const size = setup_kfencePoolSize(layout.pageSize);
            const base = memblockPhysAllocRange(mb, size, layout.pageSize, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, 'paging_init');
            if (base) {
                plan.kfencePool = { base, size };
                memblockMarkNomap(mb, base, size);
            }
        }
    }
    plan.ranges = mappableRanges(mb);
    mapLinear(tables, plan, pol.linearMap, debugPagealloc, linearAlloc);
    if (plan.isolated)
        memblockClearNomap(mb, plan.isolated.base, plan.isolated.size);
    if (plan.kfencePool)
        memblockClearNomap(mb, plan.kfencePool.base, plan.kfencePool.size);
    let kernelTablePages = 0;
    createKernelPageTable(tables, layout.image.size, () => {
        kernelTablePages++;
        return memblockPhysAllocRange(mb, RISCV_PAGE_SIZE, RISCV_PAGE_SIZE, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, 'alloc_pmd_fixmap');
    });
    return { tables, plan, linearTablePages, linearPteTables, kernelTablePages, kfencePool: plan.kfencePool };
}
/**
 * Mirrors arch_numa_init() on a DT without NUMA nodes: dummy_numa_init() fakes node 0 over
 * all of DRAM, then alloc_node_data() takes NODE_DATA(0) top-down.
 * @kernel drivers/base/arch_numa.c arch_numa_init, dummy_numa_init; mm/numa.c alloc_node_data
 */
function archNumaInit(mb, layout, trace) {
    const start = memblockStartOfDram(mb);
    const end = memblockEndOfDram(mb) - 1n;
    trace.info('numa', `NUMA: Faking a node at [mem ${fmtPhys(start)}-${fmtPhys(end)}]`);
    const size = layout.boot.nodeData;
    if (size === 0n)
        return 0n;
    const nd = memblockAllocRangeNid(mb, size, SMP_CACHE_BYTES, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, 'NODE_DATA');
    const hex010 = (x) => '0x' + x.toString(16).padStart(8, '0');
    if (nd)
        trace.info('numa', `NODE_DATA(0) allocated [mem ${hex010(nd)}-${hex010(nd + size - 1n)}]`);
    return nd;
}
/** CRASH_ADDR_LOW_MAX of the policy's generation. */
function crashAddrLowMax(pol, dma32PhysLimit) {
    switch (pol.lowMax) {
        case 'dma32':
            return dma32PhysLimit;
        case '4G-1':
            return phys_SZ_4G - 1n;
        case '4G':
            return phys_SZ_4G;
    }
}
/** zone_sizes_init() / arch_zone_limits_init(): DMA32 up to dma32_phys_limit, Normal up to max_low_pfn. */
function zoneSpecs(layout, bm) {
    const specs = [];
    if (layout.config.ZONE_DMA32)
        specs.push({ name: 'DMA32', limit: bm.dma32PhysLimit });
    specs.push({ name: 'Normal', limit: bm.maxLowPhys });
    if (layout.config.ZONE_DEVICE)
        specs.push({ name: 'Device', limit: 0n });
    return specs;
}
/** What the linear map looks like (riscv never forces base pages for the crash kernel). */
function linearMapFacts(vm, pol, debugPagealloc, crash) {
    const histogram = linearHistogram(vm.tables);
    const facts = {
        forcedBasePagesBy: debugPagealloc ? ['debug_pagealloc'] : [],
        forcedByCrashkernel: false,
        histogram,
        crashHistogram: crash.map((r) => linearHistogram(vm.tables, r)),
        pageTableBytes: BigInt(vm.linearPteTables) * RISCV_PAGE_SIZE,
        blockHistogram: histogram,
        blockPageTableBytes: BigInt(vm.linearPteTables) * RISCV_PAGE_SIZE,
    };
    if (debugPagealloc) {
        // The same plan without debug_pagealloc, on scratch tables (nothing is allocated).
        const scratch = swapperPgDir(vm.tables.levels, vm.tables.physRamBase);
        let pte = 0;
        mapLinear(scratch, vm.plan, pol.linearMap, false, (last) => {
            if (last)
                pte++;
            return 0n;
        });
        facts.blockHistogram = linearHistogram(scratch);
        facts.blockPageTableBytes = BigInt(pte) * RISCV_PAGE_SIZE;
    }
    return facts;
}
const PROTECTION = {
    available: false,
    why: 'riscv has no arch_kexec_protect_crashkres(): the crash kernel stays mapped read-write in the linear map in every version',
};
/** Runs the riscv64 boot up to and including the crash reservation. */
const riscvBoot = (layout, policy, trace) => {
    const pol = policy.riscv;
    const levels = pagingLevels(layout.vaBits);
    const mb = memblockCreate(layout.pageSize);
    // setup_arch() → parse_dtb(): the /memory banks.
    earlyInitDtScanMemory(mb, layout);
    // parse_early_param()
    const memoryLimit = earlyMem(layout, policy, levels, trace);
    const debugPagealloc = debugPageallocEnabled(layout);
    // paging_init()
    const bm = setupBootmem(mb, layout, policy, trace, memoryLimit, levels);
    const vm = setupVmFinal(mb, layout, pol, bm, levels, debugPagealloc);
    // unflatten_device_tree()
    const aliasBytes = layout.boot.unflattenedDt > QEMU_VIRT_ALIAS_BYTES ? QEMU_VIRT_ALIAS_BYTES : 0n;
    unflattenDeviceTree(mb, bm.reservedMem, trace, {
        reservedMemBytes: pol.reservedMemBytes,
        treeBytes: layout.boot.unflattenedDt - aliasBytes,
        aliasBytes,
    });
    // misc_mem_init()
    const nodeData = archNumaInit(mb, layout, trace);
    const sparse = pol.sparseBeforeCrash ? sparse_sparseInit(mb, vm.tables, nodeData, bm.physRamBase, pol.pageblockBits) : undefined;
    const zoneBlock = freeAreaInit(mb, zoneSpecs(layout, bm), layout.pageSize);
    const lowMax = crashAddrLowMax(pol, bm.dma32PhysLimit);
    const highMax = memblockEndOfDram(mb);
    const ctx = {
        mb,
        trace,
        cmdline: layout.cmdline,
        dialect: policy.parse,
        pageSize: layout.pageSize,
        lowMax,
        highMax,
        align: policy.crash.align,
        defaultLow: policy.crash.defaultLow,
        supportsHigh: policy.crash.supportsHigh,
        parseCma: policy.crash.parseCma,
    };
    const crash = policy.crash.reserve(ctx);
    const regions = [];
    if (crash.outcome.kind === 'reserved') {
        regions.push(crash.outcome.main);
        if (crash.outcome.low)
            regions.push(crash.outcome.low);
        regions.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
    }
    return {
        mb,
        crash,
        lowMax,
        highMax,
        zoneLines: zoneBlock.lines,
        zoneRanges: zoneBlock.zones,
        linearMap: linearMapFacts(vm, pol, debugPagealloc, regions),
        protection: PROTECTION,
        extra: {
            pagingLevels: levels,
            physRamBase: bm.physRamBase,
            dma32PhysLimit: bm.dma32PhysLimit,
            kernel: bm.kernel,
            cma: bm.cma,
            kfencePool: vm.kfencePool,
            linearTablePages: vm.linearTablePages,
            kernelTablePages: vm.kernelTablePages,
            nodeData,
            sparse,
        },
    };
};

;// CONCATENATED MODULE: ./src/engine/trace.ts
class Trace {
    events = [];
    info(source, text) {
        this.events.push({ level: 'info', source, text });
    }
    warn(source, text) {
        this.events.push({ level: 'warn', source, text });
    }
    err(source, text) {
        this.events.push({ level: 'err', source, text });
    }
    debug(source, text) {
        this.events.push({ level: 'debug', source, text });
    }
}

;// CONCATENATED MODULE: ./src/engine/x86/direct-map.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * The x86_64 DirectMap counters of /proc/meminfo: `direct_pages_count[]` as init_mem_mapping()
 * left it (computed exactly in init-mem-mapping.ts), minus the large pages change_page_attr()
 * splits later in the boot. Every split moves one page down a level: a 1G split is −1 1G
 * +512 2M, a 2M split −1 2M +512 4K (split_page_count()). Splits of the kernel's high mapping
 * count too: __split_large_page() asks virt_addr_valid(), which is true for kernel-image
 * addresses.
 *
 * Which pages are split after boot is the policy's measured data (X86DirectMapPolicy): the
 * kernel image's aliases and the first BPF JIT image (ptp_classifier_init() runs a classic BPF
 * filter through the JIT at boot) depend on the build's section layout and on where the page
 * allocator hands out its first protected pages, not on anything the simulator can follow
 * allocation by allocation. The 1G pages are placed by rule: the first protected allocations
 * land at the low end of the highest zone's free memory (and, 6.1/6.12, also at its high end).
 *
 * @kernel arch/x86/mm/pat/set_memory.c update_page_count, split_page_count,
 *         __split_large_page, cpa_process_alias, arch_report_meminfo; arch/x86/mm/init_64.c
 *         mark_rodata_ro; arch/x86/kernel/idt.c idt_setup_apic_and_irq_gates;
 *         kernel/bpf/core.c bpf_prog_pack_alloc (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */


const PTRS_PER_PTE = 512n;
/** Is the 1 GiB page holding `addr` a 1G leaf of the direct map? */
function isGbLeaf(tables, addr) {
    const pud = tables.pgd.get(addr >> 39n);
    return pud?.get((addr / SZ_1G) % 512n)?.leaf === true;
}
/**
 * The lowest and highest free byte of the highest populated zone (Normal when there is RAM
 * above 4 GiB, else DMA32) once the crash kernel is reserved: where the page allocator's first
 * allocations from that zone come from.
 */
function highestZoneFreeEnds(mb, maxPfnAddr) {
    const zoneStart = maxPfnAddr > phys_SZ_4G ? phys_SZ_4G : 0n;
    const free = freeMemRanges(mb).filter(([, e]) => e > zoneStart);
    const first = free[0];
    const last = free.at(-1);
    if (!first || !last)
        return undefined;
    return { low: first[0] > zoneStart ? first[0] : zoneStart, high: last[1] - 1n };
}
/** Bytes the crash reservation took (main + low). */
const crashBytes = (o) => (o.kind === 'reserved' ? o.main.size + (o.low?.size ?? 0n) : 0n);
/**
 * Mirrors split_page_count(level): one large page of `level` becomes PTRS_PER_PTE pages of the
 * level below (a no-op when the counter is already 0, as in the kernel).
 * @kernel arch/x86/mm/pat/set_memory.c split_page_count
 */
function splitPageCount(count, level) {
    if (count[level] === 0n)
        return;
    count[level]--;
    if (level === '1G')
        count['2M'] += PTRS_PER_PTE;
    else
        count['4K'] += PTRS_PER_PTE;
}
/** The counters once the boot is over: init_mem_mapping()'s, minus the measured splits. */
function directMapAfterBoot(tables, mb, maxPfnAddr, pol, crash) {
    const count = { ...tables.count };
    const ends = highestZoneFreeEnds(mb, maxPfnAddr);
    if (ends) {
        const spots = pol.splits1G === 'zone-start' ? [ends.low] : [ends.low, ends.high];
        const pages = [...new Set(spots.map((a) => a / SZ_1G))];
        for (const gb of pages)
            if (isGbLeaf(tables, gb * SZ_1G))
                splitPageCount(count, '1G');
    }
    let splits = pol.splits2M;
    const freeRam = memblockPhysMemSize(mb) - crashBytes(crash);
    if (pol.extra2M && freeRam >= pol.extra2M.freeRamFrom && freeRam < pol.extra2M.freeRamBelow)
        splits++;
    for (let i = 0; i < splits; i++)
        splitPageCount(count, '2M');
    return count;
}
/**
 * Mirrors arch_report_meminfo(): the counters in kB as /proc/meminfo prints them;
 * DirectMap1G only when direct_gbpages is in use.
 * @kernel arch/x86/mm/pat/set_memory.c arch_report_meminfo
 */
function directMapKb(c, gbpages) {
    const out = { DirectMap4k: Number(c['4K'] << 2n), DirectMap2M: Number(c['2M'] << 11n) };
    if (gbpages)
        out['DirectMap1G'] = Number(c['1G'] << 20n);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/x86/e820.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * The x86 e820 RAM map as far as memblock sees it: the firmware's usable entries, the two
 * edits setup_arch() makes before memblock is filled (page 0 becomes reserved, the legacy
 * VGA/BIOS hole [640K, 1M) stops being RAM), `mem=`, and e820__memblock_setup() itself.
 *
 * Only E820_TYPE_RAM entries matter here: reserved, ACPI and NVS entries never become
 * memblock memory, so they are neither counted in System RAM nor allocatable.
 *
 * @kernel arch/x86/kernel/e820.c e820__memblock_setup, e820__range_update, e820__range_remove,
 *         e820__end_of_ram_pfn, e820__end_of_low_ram_pfn, parse_memopt;
 *         arch/x86/kernel/setup.c trim_bios_range (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */


/** BIOS_BEGIN / BIOS_END: the legacy VGA + option-ROM + BIOS window. */
const BIOS_BEGIN = 0xa0000n;
const BIOS_END = 0x100000n;
/**
 * Mirrors e820__range_remove(start, size, E820_TYPE_RAM, true) on the RAM entries (and
 * e820__range_update(…, RAM → RESERVED), which has the same effect on what stays RAM).
 * @kernel arch/x86/kernel/e820.c e820__range_remove, __e820__range_update
 */
function e820RangeRemoveRam(ram, start, size) {
    const end = start + size;
    const out = [];
    for (const r of ram) {
        const rEnd = r.base + r.size;
        if (rEnd <= start || r.base >= end) {
            out.push({ ...r });
            continue;
        }
        if (r.base < start)
            out.push({ base: r.base, size: start - r.base });
        if (rEnd > end)
            out.push({ base: end, size: rEnd - end });
    }
    return out;
}
/**
 * The firmware's RAM entries with setup_arch()'s edits: trim_bios_range() makes page 0
 * reserved ("e820: update [mem 0x00000000-0x00000fff] usable ==> reserved") and removes
 * [BIOS_BEGIN, BIOS_END) ("e820: remove [mem 0x000a0000-0x000fffff] usable"); `mem=` drops
 * all RAM above the limit (parse_memopt, before any of this).
 * @kernel arch/x86/kernel/setup.c trim_bios_range; arch/x86/kernel/e820.c parse_memopt
 */
function e820RamFromFirmware(banks, cmdline, memparse) {
    let ram = banks
        .filter((b) => !b.nomap && b.size > 0n)
        .map((b) => ({ base: b.base, size: b.size }))
        .sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
    const memLimit = memoptLimit(cmdline, memparse);
    if (memLimit !== undefined)
        ram = e820RangeRemoveRam(ram, memLimit, (1n << 64n) - 1n - memLimit);
    ram = e820RangeRemoveRam(ram, 0n, SZ_4K);
    ram = e820RangeRemoveRam(ram, BIOS_BEGIN, BIOS_END - BIOS_BEGIN);
    return ram;
}
/**
 * The `mem=` limit of parse_memopt() (the last one wins; `mem=nopentium` is not a limit).
 * @kernel arch/x86/kernel/e820.c parse_memopt
 */
function memoptLimit(cmdline, memparse) {
    let limit;
    for (const tok of cmdline.split(' ')) {
        if (!tok.startsWith('mem=') || tok === 'mem=nopentium')
            continue;
        const v = memparse(tok, 4).value;
        if (v !== 0n)
            limit = v;
    }
    return limit;
}
/**
 * Mirrors e820__end_of_ram_pfn() << PAGE_SHIFT: the end of the highest RAM entry
 * (max_pfn); with `limit` the end below it (e820__end_of_low_ram_pfn(): limit 4 GiB).
 * @kernel arch/x86/kernel/e820.c e820_end_pfn
 */
function e820EndOfRam(ram, limit = 1n << 52n) {
    let last = 0n;
    for (const r of ram) {
        if (r.base >= limit)
            continue;
        const end = r.base + r.size > limit ? limit : r.base + r.size;
        const endPfnAddr = roundDown(end, SZ_4K);
        if (endPfnAddr > last)
            last = endPfnAddr;
    }
    return last;
}
/** e820__end_of_low_ram_pfn() << PAGE_SHIFT. */
const e820EndOfLowRam = (ram) => e820EndOfRam(ram, SZ_4G);
/**
 * Mirrors memblock_trim_memory(PAGE_SIZE): partial pages at region edges are thrown away,
 * regions left empty are removed.
 * @kernel mm/memblock.c memblock_trim_memory
 */
function memblockTrimMemory(mb, align) {
    const out = [];
    for (const r of mb.memory.regions) {
        const start = roundUp(r.base, align);
        const end = roundDown(r.base + r.size, align);
        if (start < end)
            out.push({ ...r, base: start, size: end - start });
    }
    mb.memory.regions = out;
}
/**
 * Mirrors e820__memblock_setup(): every RAM entry becomes memblock memory, then partial pages
 * are trimmed (so [0x1000, 0x9fc00) becomes [0x1000, 0x9f000)).
 * @kernel arch/x86/kernel/e820.c e820__memblock_setup
 */
function e820MemblockSetup(mb, ram) {
    for (const r of ram)
        memblockAdd(mb, r.base, r.size);
    memblockTrimMemory(mb, SZ_4K);
}

;// CONCATENATED MODULE: ./src/engine/x86/init-mem-mapping.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * x86_64 direct map as init_mem_mapping() builds it before the crash reservation: the
 * page-size split of each RAM range, the page tables it walks and allocates (from the brk
 * buffer or, top-down, from memblock), and the DirectMap counters (`direct_pages_count[]`)
 * the walk bumps.
 *
 * The counters count *walk steps*, not distinct pages: phys_pud_init()/phys_pmd_init()/
 * phys_pte_init() add one for an entry they find already present and keep (pages++ on the
 * "re-use the existing mapping" path). memory_map_top_down() maps the top 2 MiB first and then
 * a bigger chunk below it; both land in the same 1 GiB page when the top of RAM is 1 GiB
 * mapped, so that page is counted twice, and the low-RAM pass counts the pages below it again.
 * That is why DirectMap4k+2M+1G exceeds the RAM size on every QEMU boot with RAM above 4 GiB.
 *
 * Page tables are modelled with 4-level paging (P4D folded): the extra P4D page of a 5-level
 * boot is one more brk page and changes no memblock allocation.
 *
 * @kernel arch/x86/mm/init.c init_mem_mapping, memory_map_top_down, init_range_memory_mapping,
 *         init_memory_mapping, split_mem_range, adjust_range_page_size_mask, alloc_low_pages,
 *         get_new_step_size; arch/x86/mm/init_64.c __kernel_physical_mapping_init,
 *         phys_pud_init, phys_pmd_init, phys_pte_init (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */


/** PG_LEVEL_* as the page_size_mask bits of arch/x86/include/asm/pgtable_types.h. */
const PG_LEVEL_4K = 1;
const PG_LEVEL_2M = 2;
const PG_LEVEL_1G = 3;
const PAGE_SIZE = SZ_4K;
const PMD_SIZE = SZ_2M;
const PUD_SIZE = SZ_1G;
/** 512 GiB per PGD entry (4-level). */
const PGDIR_SHIFT = 39n;
const PTRS = 512n;
/** ISA_END_ADDRESS: the ISA range [0, 1 MiB) is always mapped. */
const ISA_END_ADDRESS = 0x100000n;
const bit = (level) => 1 << level;
/**
 * Mirrors save_mr(): append [startPfn, endPfn) (as byte addresses here) when non-empty.
 * @kernel arch/x86/mm/init.c save_mr
 */
function saveMr(mr, start, end, pageSizeMask) {
    if (start < end)
        mr.push({ start, end, pageSizeMask });
}
/**
 * Mirrors adjust_range_page_size_mask(): a small range is promoted to 2M (1G) pages when the
 * whole 2 MiB (1 GiB) around it is one memblock memory region.
 * @kernel arch/x86/mm/init.c adjust_range_page_size_mask
 */
function adjustRangePageSizeMask(st, mr) {
    for (const r of mr) {
        if (st.pageSizeMask & bit(PG_LEVEL_2M) && !(r.pageSizeMask & bit(PG_LEVEL_2M))) {
            const start = roundDown(r.start, PMD_SIZE);
            const end = roundUp(r.end, PMD_SIZE);
            if (memblockIsRegionMemory(st.mb, start, end - start))
                r.pageSizeMask |= bit(PG_LEVEL_2M);
        }
        if (st.pageSizeMask & bit(PG_LEVEL_1G) && !(r.pageSizeMask & bit(PG_LEVEL_1G))) {
            const start = roundDown(r.start, PUD_SIZE);
            const end = roundUp(r.end, PUD_SIZE);
            if (memblockIsRegionMemory(st.mb, start, end - start))
                r.pageSizeMask |= bit(PG_LEVEL_1G);
        }
    }
}
/**
 * Mirrors split_mem_range() for x86_64: 4K head up to 2 MiB alignment, 2M up to 1 GiB
 * alignment, 1G body, 2M tail, 4K tail; then the promotion and the merge of neighbours with
 * the same page size.
 * @kernel arch/x86/mm/init.c split_mem_range
 */
function splitMemRange(st, start, end) {
    const mr = [];
    const limit = roundDown(end, PAGE_SIZE);
    let pos = roundDown(start, PAGE_SIZE);
    // head if not big page alignment?
    let e = min(roundUp(pos, PMD_SIZE), limit);
    if (pos < e) {
        saveMr(mr, pos, e, 0);
        pos = e;
    }
    // big page (2M) range
    let s = roundUp(pos, PMD_SIZE);
    e = roundUp(pos, PUD_SIZE);
    if (e > roundDown(limit, PMD_SIZE))
        e = roundDown(limit, PMD_SIZE);
    if (s < e) {
        saveMr(mr, s, e, st.pageSizeMask & bit(PG_LEVEL_2M));
        pos = e;
    }
    // big page (1G) range
    s = roundUp(pos, PUD_SIZE);
    e = roundDown(limit, PUD_SIZE);
    if (s < e) {
        saveMr(mr, s, e, st.pageSizeMask & (bit(PG_LEVEL_2M) | bit(PG_LEVEL_1G)));
        pos = e;
    }
    // tail is not big page (1G) alignment
    s = roundUp(pos, PMD_SIZE);
    e = roundDown(limit, PMD_SIZE);
    if (s < e) {
        saveMr(mr, s, e, st.pageSizeMask & bit(PG_LEVEL_2M));
        pos = e;
    }
    // tail is not big page (2M) alignment
    saveMr(mr, pos, limit, 0);
    adjustRangePageSizeMask(st, mr);
    // try to merge same page size and continuous
    for (let i = 0; mr.length > 1 && i < mr.length - 1; i++) {
        const a = mr[i];
        const b = mr[i + 1];
        if (a.end !== b.start || a.pageSizeMask !== b.pageSizeMask)
            continue;
        b.start = a.start;
        mr.splice(i, 1);
        i--;
    }
    return mr;
}
/**
 * Mirrors alloc_low_pages(1) before bootmem: the brk pgt_buf while it lasts and may be used,
 * else one page top-down from memblock within [min_pfn_mapped, max_pfn_mapped) (5.10 finds
 * and reserves, 6.1+ memblock_phys_alloc_range(): the same page either way).
 * @kernel arch/x86/mm/init.c alloc_low_pages
 */
function allocLowPage(st) {
    if (st.pgtBufEnd + PAGE_SIZE > st.pgtBufTop || !st.canUseBrkPgt) {
        let ret = 0n;
        if (st.minPfnMapped < st.maxPfnMapped) {
            ret = memblockPhysAllocRange(st.mb, PAGE_SIZE, PAGE_SIZE, st.minPfnMapped * PAGE_SIZE, st.maxPfnMapped * PAGE_SIZE, 'alloc_low_pages');
        }
        if (ret) {
            st.memblockPages.push(ret);
            return;
        }
        // extend_brk(): the page comes from the kernel's brk area, already reserved.
    }
    else {
        st.pgtBufEnd += PAGE_SIZE;
    }
    st.brkPages++;
}
/**
 * Mirrors phys_pte_init(): map [paddr, paddrEnd) inside one PTE table with 4K pages.
 * @kernel arch/x86/mm/init_64.c phys_pte_init
 */
function physPteInit(st, pte, paddr, paddrEnd) {
    let pages = 0n;
    let paddrLast = paddrEnd;
    for (let i = (paddr / PAGE_SIZE) % PTRS; i < PTRS; i++) {
        const paddrNext = roundDown(paddr, PAGE_SIZE) + PAGE_SIZE;
        if (paddr >= paddrEnd) {
            // Entries past the end are cleared when not e820 RAM; nothing is counted.
            paddr = paddrNext;
            continue;
        }
        // We will re-use the existing mapping (counted again).
        if (pte.has(i)) {
            pages++;
            paddr = paddrNext;
            continue;
        }
        pages++;
        pte.add(i);
        paddrLast = paddrNext;
        paddr = paddrNext;
    }
    st.tables.count['4K'] += pages;
    return paddrLast;
}
/**
 * Mirrors phys_pmd_init(): 2M leaves where the mask allows, PTE tables elsewhere; an existing
 * 2M leaf is kept (and counted) when 2M is allowed.
 * @kernel arch/x86/mm/init_64.c phys_pmd_init
 */
function physPmdInit(st, pmd, paddr, paddrEnd, pageSizeMask) {
    let pages = 0n;
    let paddrLast = paddrEnd;
    for (let i = (paddr / PMD_SIZE) % PTRS; i < PTRS; i++) {
        const paddrNext = roundDown(paddr, PMD_SIZE) + PMD_SIZE;
        if (paddr >= paddrEnd) {
            paddr = paddrNext;
            continue;
        }
        const cur = pmd.get(i);
        if (cur) {
            if (!cur.leaf) {
                paddrLast = physPteInit(st, cur.pte, paddr, paddrEnd);
                paddr = paddrNext;
                continue;
            }
            // If we are ok with PG_LEVEL_2M mapping, then we will use the existing mapping.
            if (pageSizeMask & bit(PG_LEVEL_2M)) {
                pages++;
                paddrLast = paddrNext;
                paddr = paddrNext;
                continue;
            }
            // Otherwise a PTE table replaces the 2M leaf below (its count is not taken back).
        }
        if (pageSizeMask & bit(PG_LEVEL_2M)) {
            pages++;
            pmd.set(i, { leaf: true });
            paddrLast = paddrNext;
            paddr = paddrNext;
            continue;
        }
        allocLowPage(st);
        const pte = new Set();
        paddrLast = physPteInit(st, pte, paddr, paddrEnd);
        pmd.set(i, { leaf: false, pte });
        paddr = paddrNext;
    }
    st.tables.count['2M'] += pages;
    return paddrLast;
}
/**
 * Mirrors phys_pud_init(): 1G leaves where the mask allows, PMD tables elsewhere; an
 * existing 1G leaf is kept (and counted) when 1G is allowed.
 * @kernel arch/x86/mm/init_64.c phys_pud_init
 */
function physPudInit(st, pud, paddr, paddrEnd, pageSizeMask) {
    let pages = 0n;
    let paddrLast = paddrEnd;
    for (let i = (paddr / PUD_SIZE) % PTRS; i < PTRS; i++) {
        const paddrNext = roundDown(paddr, PUD_SIZE) + PUD_SIZE;
        if (paddr >= paddrEnd) {
            paddr = paddrNext;
            continue;
        }
        const cur = pud.get(i);
        if (cur) {
            if (!cur.leaf) {
                paddrLast = physPmdInit(st, cur.pmd, paddr, paddrEnd, pageSizeMask);
                paddr = paddrNext;
                continue;
            }
            // If we are ok with PG_LEVEL_1G mapping, then we will use the existing mapping.
            if (pageSizeMask & bit(PG_LEVEL_1G)) {
                pages++;
                paddrLast = paddrNext;
                paddr = paddrNext;
                continue;
            }
            // Otherwise a PMD table replaces the 1G leaf below (its count is not taken back).
        }
        if (pageSizeMask & bit(PG_LEVEL_1G)) {
            pages++;
            pud.set(i, { leaf: true });
            paddrLast = paddrNext;
            paddr = paddrNext;
            continue;
        }
        allocLowPage(st);
        const pmd = new Map();
        paddrLast = physPmdInit(st, pmd, paddr, paddrEnd, pageSizeMask);
        pud.set(i, { leaf: false, pmd });
        paddr = paddrNext;
    }
    st.tables.count['1G'] += pages;
    return paddrLast;
}
/**
 * Mirrors __kernel_physical_mapping_init() with 4-level paging: one PUD table per 512 GiB.
 * @kernel arch/x86/mm/init_64.c __kernel_physical_mapping_init, phys_p4d_init
 */
function kernelPhysicalMappingInit(st, paddrStart, paddrEnd, pageSizeMask) {
    let paddrLast = paddrEnd;
    for (let paddr = paddrStart; paddr < paddrEnd;) {
        const idx = paddr >> PGDIR_SHIFT;
        const next = (idx + 1n) << PGDIR_SHIFT;
        const segEnd = paddrEnd;
        let pud = st.tables.pgd.get(idx);
        if (!pud) {
            allocLowPage(st);
            pud = new Map();
            st.tables.pgd.set(idx, pud);
        }
        paddrLast = physPudInit(st, pud, paddr, min(segEnd, next), pageSizeMask);
        paddr = next;
    }
    return paddrLast;
}
/**
 * Mirrors add_pfn_range_mapped(): remember the range and raise max_pfn_mapped.
 * @kernel arch/x86/mm/init.c add_pfn_range_mapped
 */
function addPfnRangeMapped(st, start, end) {
    st.pfnMapped.push({ base: start, size: end - start });
    st.pfnMapped.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
    const merged = [];
    for (const r of st.pfnMapped) {
        const last = merged.at(-1);
        if (last && last.base + last.size >= r.base)
            last.size = max(last.base + last.size, r.base + r.size) - last.base;
        else
            merged.push({ ...r });
    }
    st.pfnMapped = merged;
    st.maxPfnMapped = max(st.maxPfnMapped, end / PAGE_SIZE);
}
/**
 * Mirrors init_memory_mapping(start, end): split, map each piece, record the mapped range.
 * Returns the last mapped address.
 * @kernel arch/x86/mm/init.c init_memory_mapping
 */
function initMemoryMapping(st, start, end) {
    let ret = 0n;
    for (const r of splitMemRange(st, start, end))
        ret = kernelPhysicalMappingInit(st, r.start, r.end, r.pageSizeMask);
    addPfnRangeMapped(st, start, ret);
    return ret;
}
/**
 * Mirrors init_range_memory_mapping(): map the memblock memory inside [rStart, rEnd), one
 * init_memory_mapping() per region; the brk buffer may not be used for a range that covers it.
 * Returns the bytes of RAM mapped.
 * @kernel arch/x86/mm/init.c init_range_memory_mapping
 */
function initRangeMemoryMapping(st, rStart, rEnd) {
    let mapped = 0n;
    for (const r of [...st.mb.memory.regions]) {
        const start = clampTo(roundDown(r.base, PAGE_SIZE), rStart, rEnd);
        const end = clampTo(roundDown(r.base + r.size, PAGE_SIZE), rStart, rEnd);
        if (start >= end)
            continue;
        // If it is overlapping with brk pgt, we need to alloc pgt buf from memblock instead.
        st.canUseBrkPgt = max(start, st.pgtBufEnd) >= min(end, st.pgtBufTop);
        initMemoryMapping(st, start, end);
        mapped += end - start;
        st.canUseBrkPgt = true;
    }
    return mapped;
}
const clampTo = (x, lo, hi) => (x < lo ? lo : x > hi ? hi : x);
/**
 * Mirrors get_new_step_size(): grow by PMD_SHIFT - PAGE_SHIFT - 1 bits (2M → 512M → 128G).
 * @kernel arch/x86/mm/init.c get_new_step_size
 */
const getNewStepSize = (stepSize) => stepSize << 8n;
/**
 * Mirrors memory_map_top_down(): the top-most free 2 MiB first (6.1+ allocates and frees it,
 * 5.10 only finds it: the same address), then downwards in growing steps, then whatever lies
 * above that first block.
 * @kernel arch/x86/mm/init.c memory_map_top_down
 */
function memoryMapTopDown(st, mapStart, mapEnd, probe) {
    let addr;
    if (probe === 'alloc-free') {
        addr = memblockPhysAllocRange(st.mb, PMD_SIZE, PMD_SIZE, mapStart, mapEnd, 'init_mem_mapping');
        if (addr)
            memblockPhysFree(st.mb, addr, PMD_SIZE);
    }
    else {
        addr = memblockFindInRangeNode(st.mb, PMD_SIZE, PMD_SIZE, mapStart, mapEnd);
    }
    const realEnd = addr ? addr + PMD_SIZE : max(mapStart, roundDown(mapEnd, PMD_SIZE));
    // step_size need to be small so pgt_buf from BRK could cover it
    let stepSize = PMD_SIZE;
    st.maxPfnMapped = 0n; // will get exact value next
    st.minPfnMapped = realEnd / PAGE_SIZE;
    let lastStart = realEnd;
    let mappedRamSize = 0n;
    while (lastStart > mapStart) {
        let start;
        if (lastStart > stepSize) {
            start = roundDown(lastStart - 1n, stepSize);
            if (start < mapStart)
                start = mapStart;
        }
        else {
            start = mapStart;
        }
        mappedRamSize += initRangeMemoryMapping(st, start, lastStart);
        lastStart = start;
        st.minPfnMapped = lastStart / PAGE_SIZE;
        if (mappedRamSize >= stepSize)
            stepSize = getNewStepSize(stepSize);
    }
    if (realEnd < mapEnd)
        initRangeMemoryMapping(st, realEnd, mapEnd);
}
/**
 * Mirrors init_mem_mapping() for the top-down case: the ISA range, then all RAM.
 * @kernel arch/x86/mm/init.c init_mem_mapping
 */
function initMemMapping(mb, input) {
    const st = {
        mb,
        tables: { pgd: new Map(), count: { '4K': 0n, '2M': 0n, '1G': 0n } },
        pageSizeMask: (input.use2M ? bit(PG_LEVEL_2M) : 0) | (input.use2M && input.use1G ? bit(PG_LEVEL_1G) : 0),
        pgtBufEnd: input.pgtBuf.base,
        pgtBufTop: input.pgtBuf.base + BigInt(input.pgtBuf.pages) * PAGE_SIZE,
        canUseBrkPgt: true,
        minPfnMapped: 0n,
        maxPfnMapped: 0n,
        pfnMapped: [],
        memblockPages: [],
        brkPages: 0,
    };
    // the ISA range is always mapped regardless of memory holes
    initMemoryMapping(st, 0n, ISA_END_ADDRESS);
    memoryMapTopDown(st, ISA_END_ADDRESS, input.end, input.probe);
    return st;
}

;// CONCATENATED MODULE: ./src/engine/x86/setup.ts







/** CRASH_ADDR_LOW_MAX / CRASH_ADDR_HIGH_MAX of x86_64 (arch/x86/include/asm/crash_reserve.h, setup.c ≤6.6). */
const X86_CRASH_ADDR_LOW_MAX = phys_SZ_4G;
const X86_CRASH_ADDR_HIGH_MAX = SZ_64T;
/** MAX_DMA_PFN / MAX_DMA32_PFN as addresses. */
const X86_MAX_DMA = SZ_16M;
const X86_MAX_DMA32 = phys_SZ_4G;
/** Is the option `name` on the command line (cmdline_find_option() ≥ 0: `name` or `name=…`)? */
function cmdlineHasOption(cmdline, name) {
    return cmdline.split(' ').some((t) => t === name || t.startsWith(`${name}=`));
}
/**
 * Mirrors reserve_bios_regions(): everything from the EBDA (SeaBIOS keeps it in the page that
 * ends the first e820 RAM entry, 639 KiB → 0x9f000) up to 1 MiB.
 * @kernel arch/x86/kernel/ebda.c reserve_bios_regions
 */
function reserveBiosRegions(mb, firmwareRam) {
    const low = firmwareRam.find((r) => r.base < ISA_END_ADDRESS);
    const biosStart = low ? roundDown(low.base + low.size, SZ_4K) : 0x9f000n;
    if (biosStart < ISA_END_ADDRESS)
        memblockReserve(mb, biosStart, ISA_END_ADDRESS - biosStart, 'reserve_bios_regions');
}
/**
 * Mirrors early_reserve_memory() (5.10: the same calls at the top of setup_arch()): the
 * kernel image (the brk area and its page-table buffer lie inside init_size), page 0 or the
 * first 64K, the initrd (page aligned), then the BIOS regions.
 * @kernel arch/x86/kernel/setup.c early_reserve_memory, early_reserve_initrd
 */
function earlyReserveMemory(mb, layout, pol, firmwareRam) {
    memblockReserve(mb, layout.image.base, layout.image.size, 'kernel');
    memblockReserve(mb, 0n, pol.low1M === 'always' ? SZ_64K : SZ_4K, 'setup_arch');
    if (layout.initrd) {
        const end = roundUp(layout.initrd.base + layout.initrd.size, SZ_4K);
        memblockReserve(mb, layout.initrd.base, end - layout.initrd.base, 'initrd');
    }
    if (pol.low1M === 'always')
        reserveBiosRegions(mb, firmwareRam);
}
/**
 * Mirrors reserve_real_mode() and what follows it in setup_arch(): the trampoline top-down
 * under 1 MiB, then the low 1 MiB: always on 5.13+, else only with crashkernel=
 * (crash_reserve_low_1M(), "kexec: Reserving the low 1M of memory for crashkernel") plus the
 * first 64K (trim_low_memory_range()).
 * @kernel arch/x86/realmode/init.c reserve_real_mode; arch/x86/kernel/crash.c crash_reserve_low_1M
 */
function reserveRealMode(mb, layout, pol, firmwareRam, trace) {
    if (pol.low1M === 'always') {
        const mem = memblockPhysAllocRange(mb, pol.realModeSize, SZ_4K, 0n, SZ_1M, 'reserve_real_mode');
        if (!mem)
            trace.info('realmode', 'No sub-1M memory is available for the trampoline');
        // Unconditionally reserve the entire first 1M.
        memblockReserve(mb, 0n, SZ_1M, 'reserve_real_mode');
        return mem;
    }
    reserveBiosRegions(mb, firmwareRam);
    const mem = memblockFindInRangeNode(mb, pol.realModeSize, SZ_4K, 0n, SZ_1M);
    if (!mem) {
        trace.info('realmode', 'No sub-1M memory is available for the trampoline');
    }
    else {
        memblockReserve(mb, mem, pol.realModeSize, 'reserve_real_mode');
        if (cmdlineHasOption(layout.cmdline, 'crashkernel')) {
            memblockReserve(mb, 0n, SZ_1M, 'crash_reserve_low_1M');
            trace.info('crashkernel', 'kexec: Reserving the low 1M of memory for crashkernel');
        }
    }
    // trim_low_memory_range(): CONFIG_X86_RESERVE_LOW = 64K.
    memblockReserve(mb, 0n, SZ_64K, 'trim_low_memory_range');
    return mem;
}
/**
 * Mirrors alloc_node_data() for the single (faked) node: NODE_DATA top-down under
 * current_limit, cache-line aligned.
 * @kernel arch/x86/mm/numa.c alloc_node_data (v5.10, v6.1); mm/numa.c alloc_node_data (v6.12, v7.2)
 */
function allocNodeData(mb, layout, trace) {
    const nd = memblockAllocTryNid(mb, layout.boot.nodeData, SMP_CACHE_BYTES, 0n, 0n, 'NODE_DATA');
    if (nd)
        trace.info('numa', `NODE_DATA(0) allocated [mem ${fmtHex(nd, 8)}-${fmtHex(nd + layout.boot.nodeData - 1n, 8)}]`);
    return nd;
}
/** Runs x86_64 boot up to and including the crash reservation, then zones and the direct map. */
function x86Boot(layout, policy, trace) {
    const pol = policy.x86;
    const mb = memblockCreate(layout.pageSize);
    const firmwareRam = e820RamFromFirmware(layout.memory, '', policy.parse.memparse);
    const ram = e820RamFromFirmware(layout.memory, layout.cmdline, policy.parse.memparse);
    const maxPfnAddr = e820EndOfRam(ram);
    earlyReserveMemory(mb, layout, pol, firmwareRam);
    // memblock_set_current_limit(ISA_END_ADDRESS); e820__memblock_setup()
    mb.currentLimit = ISA_END_ADDRESS;
    e820MemblockSetup(mb, ram);
    reserveRealMode(mb, layout, pol, firmwareRam, trace);
    // init_mem_mapping(): the direct map, page tables from brk (the end of the image) or memblock.
    const debugPagealloc = layout.config.DEBUG_PAGEALLOC && cmdlineHasOption(layout.cmdline, 'debug_pagealloc');
    const gbpages = directGbpages(layout) && layout.cpu.gbpages && !debugPagealloc;
    const pgtBufBytes = BigInt(pol.pgtBufPages) * SZ_4K;
    const mapping = initMemMapping(mb, {
        end: maxPfnAddr,
        pgtBuf: { base: layout.image.base + layout.image.size - pgtBufBytes, pages: pol.pgtBufPages },
        use2M: !debugPagealloc,
        use1G: gbpages,
        probe: pol.mapProbe,
    });
    if (gbpages)
        trace.info('mmu', 'Using GB pages for direct mapping');
    // memblock_set_current_limit(get_max_mapped())
    mb.currentLimit = mapping.maxPfnMapped * SZ_4K;
    // reserve_initrd(): the initrd is inside the mapped RAM, nothing to relocate.
    allocNodeData(mb, layout, trace);
    // dma_contiguous_reserve(max_pfn_mapped << PAGE_SHIFT)
    if (layout.config.CMA) {
        const size = cmaSizeFromCmdline(layout.cmdline, policy) ?? BigInt(layout.config.CMA_SIZE_MBYTES) << 20n;
        if (size > 0n)
            cmaDeclareContiguous(mb, size, mapping.maxPfnMapped * SZ_4K, pol.cmaMinAlign, pol.cmaLogNode, trace);
    }
    const crash = policy.crash.reserve({
        mb,
        trace,
        cmdline: layout.cmdline,
        dialect: policy.parse,
        pageSize: layout.pageSize,
        align: policy.crash.align,
        defaultLow: policy.crash.defaultLow,
        supportsHigh: policy.crash.supportsHigh,
        parseCma: policy.crash.parseCma,
        lowMax: X86_CRASH_ADDR_LOW_MAX,
        highMax: X86_CRASH_ADDR_HIGH_MAX,
    });
    // paging_init() → zone_sizes_init(): max_low_pfn == max_pfn on x86_64 by now.
    const zoneSpecs = [];
    const min = (a, b) => (a < b ? a : b);
    if (layout.config.ZONE_DMA)
        zoneSpecs.push({ name: 'DMA', limit: min(X86_MAX_DMA, maxPfnAddr) });
    if (layout.config.ZONE_DMA32)
        zoneSpecs.push({ name: 'DMA32', limit: min(X86_MAX_DMA32, maxPfnAddr) });
    zoneSpecs.push({ name: 'Normal', limit: maxPfnAddr });
    if (layout.config.ZONE_DEVICE)
        zoneSpecs.push({ name: 'Device', limit: 0n });
    const zoneBlock = freeAreaInit(mb, zoneSpecs, layout.pageSize);
    const counts = directMapAfterBoot(mapping.tables, mb, maxPfnAddr, pol.directMap, crash.outcome);
    return {
        mb,
        crash,
        lowMax: X86_CRASH_ADDR_LOW_MAX,
        highMax: X86_CRASH_ADDR_HIGH_MAX,
        zoneLines: zoneBlock.lines,
        zoneRanges: zoneBlock.zones,
        protection: {
            available: true,
            why: 'arch_kexec_protect_crashkres() makes crashk_res and crashk_low_res read-only with set_pages_ro() once a crash kernel is loaded (arch/x86/kernel/machine_kexec_64.c)',
        },
        directMapKb: directMapKb(counts, gbpages),
        extra: { pageTablePages: mapping.memblockPages, bootDirectMap: { ...mapping.tables.count } },
    };
}
/** `gbpages` / `nogbpages` over CONFIG_X86_DIRECT_GBPAGES (early_param_on_off, the last one wins). */
function directGbpages(layout) {
    let on = layout.config.X86_DIRECT_GBPAGES;
    for (const t of layout.cmdline.split(' ')) {
        if (t === 'gbpages')
            on = true;
        else if (t === 'nogbpages')
            on = false;
    }
    return on;
}

;// CONCATENATED MODULE: ./src/engine/simulate.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * simulate(): one layout through the boot mirror of its architecture and kernel policy.
 * Pure: the same layout always gives the same result.
 */






const BOOT = { arm64: arm64Boot, x86_64: x86Boot, riscv64: riscvBoot };
/** An input the engine cannot simulate (unknown kernel or policy): a caller error, not a bug. */
class UnsupportedLayoutError extends Error {
    name = 'UnsupportedLayoutError';
}
function simulate(layout) {
    const release = resolveKernelRelease(layout.kernel);
    if (!release)
        throw new UnsupportedLayoutError(`kernel ${layout.kernel} is not supported (5.10.0 … 7.x)`);
    const policy = policyFor(layout.arch, release, layout.policy);
    if (!policy)
        throw new UnsupportedLayoutError(`no ${layout.arch} policy ${layout.policy ?? `for ${release}`}`);
    const trace = new Trace();
    const boot = BOOT[layout.arch]({ ...layout, kernel: release }, policy, trace);
    const snap = (r) => ({ base: r.base, size: r.size, flags: r.flags, owner: r.owner });
    return {
        arch: layout.arch,
        kernel: release,
        policy: policy.id,
        crashkernel: boot.crash.outcome,
        request: boot.crash.request,
        zones: boot.zoneRanges,
        zoneLines: boot.zoneLines,
        lowMax: boot.lowMax,
        highMax: boot.highMax,
        systemRam: memblockPhysMemSize(boot.mb),
        memory: boot.mb.memory.regions.map(snap),
        reserved: boot.mb.reserved.regions.map(snap),
        linearMap: boot.linearMap,
        protection: boot.protection,
        ...(boot.directMapKb ? { directMapKb: boot.directMapKb } : {}),
        trace: trace.events,
    };
}
function simulate_resolveKernelRelease(kernel) {
    return resolveKernelRelease(kernel);
}
/** Every policy id, regular and what-if, for `--policy` help and docs. */
function listPolicies() {
    return [...POLICIES, ...WHAT_IF_POLICIES].map((p) => p.id);
}

;// CONCATENATED MODULE: ./src/engine/index.ts


;// CONCATENATED MODULE: ./src/errors.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * The two error types that cross the library boundary (STYLE.md §2.9). Problems *in* a
 * matrix are findings, never exceptions.
 */
/** A problem with the invocation (missing file, bad input, unknown kernel override): exit 2. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    /** One-line summary, shown first. */
    shortMessage;
    /** docs/ page that explains the setting. */
    docsPath;
    constructor(shortMessage, options = {}) {
        super([shortMessage, ...(options.details ?? [])].join('\n'));
        this.shortMessage = shortMessage;
        if (options.docsPath !== undefined)
            this.docsPath = options.docsPath;
    }
}
/** A broken invariant: a bug in crashkernel-check (exit 2, "Internal error: …"). */
class InternalError extends Error {
    name = 'InternalError';
}
/** The message of anything thrown. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/presets/types.ts
/** A non-empty array as the schema's `minItems: 1` types want it; throws on an empty one (a bug). */
function nonEmpty(items) {
    const [first, ...rest] = items;
    if (first === undefined)
        throw new Error('assertion failed: empty list where the schema requires an item');
    return [first, ...rest];
}

;// CONCATENATED MODULE: ./src/presets/qemu-virt-arm64.ts

const qemu_virt_arm64_hex = (v) => `0x${v.toString(16)}`;
const SIZES = [['1G', 1n << 30n], ['2G', 2n << 30n], ['4G', 4n << 30n], ['8G', 8n << 30n], ['16G', 16n << 30n]];
/** `-m size`: one bank from 0x40000000 (QEMU's VIRT_MEM base). */
function ramForSize(size, name = qemu_virt_arm64_hex(size)) {
    return { name, memory: nonEmpty([{ base: '0x40000000', size: qemu_virt_arm64_hex(size) }]) };
}
const qemuVirtArm64 = {
    name: 'qemu-virt-arm64',
    description: 'QEMU virt, -cpu max (FEAT_LPA2), -kernel boot, dtb-randomness=off; RAM from 0x40000000 in the sizes the oracle booted.',
    settings: {
        arch: 'arm64',
        ram: nonEmpty(SIZES.map(([name, size]) => ramForSize(size, name))),
        image: { base: '0x40200000' },
        // initramfs-arm64.cpio.gz of the oracle (0xf13d8 bytes); boards with their own initrd override it.
        initrd: { base: '0x48000000', size: '0xf13d8' },
        dtb: { base: '0x48200000', size: '0x100000' },
        cpu: { lpa2: true, bbml2Noabort: false, gbpages: false },
        cmdline: 'console=ttyAMA0',
    },
    ramForSize,
};

;// CONCATENATED MODULE: ./src/presets/qemu-x86_64.ts

const GiB = 1n << 30n;
/** SeaBIOS marks the last 128 KiB below the below-4G top as reserved (ACPI tables, etc.). */
const BIOS_TOP_RESERVED = 0x20000n;
/** initramfs-amd64.cpio.gz of the oracle. */
const INITRD_SIZE = 0x103c60n;
const qemu_x86_64_hex = (v) => `0x${v.toString(16)}`;
/** e820 usable banks and initrd placement for `-m total` (`lowWhenSplit` below 4G from `splitAt` on). */
function ramVariant(name, total, splitAt, lowWhenSplit) {
    const below4g = total >= splitAt ? lowWhenSplit : total;
    const above4g = total - below4g;
    const lowTop = below4g - BIOS_TOP_RESERVED;
    const memory = [
        { base: '0x0', size: '0x9fc00' },
        { base: '0x100000', size: qemu_x86_64_hex(lowTop - 0x100000n) },
    ];
    if (above4g > 0n)
        memory.push({ base: '0x100000000', size: qemu_x86_64_hex(above4g) });
    const initrdBase = (lowTop - INITRD_SIZE) & ~0xfffn;
    return {
        name,
        memory: nonEmpty(memory),
        initrd: { base: qemu_x86_64_hex(initrdBase), size: qemu_x86_64_hex(INITRD_SIZE) },
    };
}
const qemu_x86_64_SIZES = [['1G', 1n * GiB], ['2G', 2n * GiB], ['4G', 4n * GiB], ['8G', 8n * GiB]];
function x86Preset(name, description, splitAt, lowWhenSplit) {
    return {
        name,
        description,
        settings: {
            arch: 'x86_64',
            ram: nonEmpty(qemu_x86_64_SIZES.map(([n, total]) => ramVariant(n, total, splitAt, lowWhenSplit))),
            // nokaslr: the kernel runs at its preferred address LOAD_PHYSICAL_ADDR (pref_address 0x1000000).
            image: { base: '0x1000000' },
            cpu: { gbpages: true, lpa2: false, bbml2Noabort: false },
            cmdline: 'console=ttyS0 nokaslr',
        },
        ramForSize: (size) => ramVariant(qemu_x86_64_hex(size), size, splitAt, lowWhenSplit),
    };
}
const qemuQ35X86_64 = x86Preset('qemu-q35-x86_64', 'QEMU q35 + SeaBIOS, -cpu max, nokaslr: 2 GiB below 4G from -m 2.75G on, the rest from 4 GiB.', (11n * GiB) / 4n, 2n * GiB);
const qemuPcX86_64 = x86Preset('qemu-pc-x86_64', 'QEMU pc (i440fx) + SeaBIOS, -cpu max, nokaslr: 3 GiB below 4G from -m 3.5G on, the rest from 4 GiB.', (7n * GiB) / 2n, 3n * GiB);

;// CONCATENATED MODULE: ./src/presets/qemu-virt-riscv64.ts

const RAM_BASE = 0x80000000n;
const qemu_virt_riscv64_SZ_2M = 0x200000n;
const qemu_virt_riscv64_hex = (v) => `0x${v.toString(16)}`;
const qemu_virt_riscv64_SIZES = [['1G', 1n << 30n], ['2G', 2n << 30n], ['4G', 4n << 30n], ['8G', 8n << 30n]];
/** `-m size`: one bank from 0x80000000, the DTB 2 MiB under its top. */
function qemu_virt_riscv64_ramForSize(size, name = qemu_virt_riscv64_hex(size)) {
    return {
        name,
        memory: nonEmpty([{ base: qemu_virt_riscv64_hex(RAM_BASE), size: qemu_virt_riscv64_hex(size) }]),
        dtb: { base: qemu_virt_riscv64_hex(RAM_BASE + size - qemu_virt_riscv64_SZ_2M), size: '0x1855' },
    };
}
const qemuVirtRiscv64 = {
    name: 'qemu-virt-riscv64',
    description: 'QEMU virt (riscv64, -cpu rv64, Sv57) with OpenSBI fw_dynamic; RAM from 0x80000000.',
    settings: {
        arch: 'riscv64',
        ram: nonEmpty(qemu_virt_riscv64_SIZES.map(([name, size]) => qemu_virt_riscv64_ramForSize(size, name))),
        reservations: [
            { kind: 'fixed', name: 'mmode_resv1@80000000', base: '0x80000000', size: '0x40000', nomap: true, description: 'OpenSBI firmware (PMP-protected)' },
            { kind: 'fixed', name: 'mmode_resv0@80040000', base: '0x80040000', size: '0x20000', nomap: true, description: 'OpenSBI firmware (PMP-protected)' },
        ],
        image: { base: '0x80200000' },
        // initramfs-riscv64.cpio.gz of the oracle.
        initrd: { base: '0xa0200000', size: '0xfd0d3' },
        cmdline: 'console=ttyS0',
    },
    ramForSize: qemu_virt_riscv64_ramForSize,
};

;// CONCATENATED MODULE: ./src/presets/raspberrypi-4.ts
const raspberryPi4 = {
    name: 'raspberrypi-4',
    description: 'Raspberry Pi 4 Model B (BCM2711, Cortex-A72) with the firmware DT: 30-bit /soc and emmc2bus DMA, DT CMA below 1 GiB.',
    settings: {
        arch: 'arm64',
        ram: [
            { name: '1G', memory: [{ base: '0x0', size: '0x3b400000' }] },
            { name: '2G', memory: [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0x40000000' }] },
            { name: '4G', memory: [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0xbc000000' }] },
            {
                name: '8G',
                memory: [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0xbc000000' }, { base: '0x100000000', size: '0x100000000' }],
            },
        ],
        reservations: [
            { kind: 'fixed', name: 'spin-table', base: '0x0', size: '0x1000', description: '/memreserve/ of the armstub spin table' },
            {
                kind: 'dynamic',
                name: 'linux,cma',
                size: '64M',
                allocRanges: [{ base: '0x0', size: '0x40000000' }],
                cma: true,
                cmaDefault: true,
                description: 'shared-dma-pool, reusable, linux,cma-default (bcm2711-rpi.dtsi)',
            },
        ],
        image: { base: '0x200000' },
        initrd: { base: '0x2700000', size: '0x1800000' },
        dtb: { base: '0x2eff0000', size: '0x10000' },
        dma: {
            ranges: [
                { node: '/soc', cpuAddr: '0x0', busAddr: '0xc0000000', size: '0x40000000' },
                { node: 'emmc2bus', cpuAddr: '0x0', busAddr: '0xc0000000', size: '0x40000000' },
                { node: 'pcie@7d500000', cpuAddr: '0x0', busAddr: '0x0', size: '0xc0000000' },
            ],
        },
        devices: [
            { name: 'emmc2 (SD card)', bus: 'emmc2bus', dumpTarget: true },
            { name: 'dwc2 (USB 2)', bus: '/soc' },
            { name: 'VL805 (USB 3)', bus: 'pcie@7d500000' },
        ],
        cpu: { lpa2: false, bbml2Noabort: false, gbpages: false },
        cmdline: 'console=ttyS0,115200',
    },
};

;// CONCATENATED MODULE: ./src/presets/kernels.ts
const kernels_SZ_4K = 4096n;
/** Config shorthand: every option listed, absent ones are n / 0 (as in the .config). */
function config(c) {
    return {
        ZONE_DMA: false,
        ZONE_DMA32: false,
        RODATA_FULL_DEFAULT_ENABLED: false,
        KFENCE: false,
        KFENCE_SAMPLE_INTERVAL: 0,
        DEBUG_PAGEALLOC: false,
        CMA_SIZE_MBYTES: 0,
        CMA: false,
        RANDOMIZE_BASE: false,
        X86_DIRECT_GBPAGES: false,
        ZONE_DEVICE: false,
        ...c,
    };
}
const ARM64_BASE = { ZONE_DMA: true, ZONE_DMA32: true, RANDOMIZE_BASE: true, CMA: true, CMA_SIZE_MBYTES: 64 };
const X86_BASE = { ZONE_DMA: true, ZONE_DMA32: true, RANDOMIZE_BASE: true, X86_DIRECT_GBPAGES: true, ZONE_DEVICE: true };
/** The profiles, keyed `<arch>-<series>`. */
const KERNEL_PROFILES = {
    'arm64-5.10': {
        arch: 'arm64', series: '5.10', release: '5.10.223', debianPackage: 'linux-image-5.10.0-32-arm64 5.10.223-1',
        config: config({ ...ARM64_BASE, RODATA_FULL_DEFAULT_ENABLED: true }),
        imageSize: 0x1ad0000n, pageSize: kernels_SZ_4K, paBits: 48, vaBits: 48,
        boot: { unflattenedDt: 35964n + 47n, nodeData: 9472n },
    },
    'arm64-6.1': {
        arch: 'arm64', series: '6.1', release: '6.1.192', debianPackage: 'linux-image-6.1.0-57-arm64 6.1.192-3',
        config: config({ ...ARM64_BASE, RODATA_FULL_DEFAULT_ENABLED: true }),
        imageSize: 0x2010000n, pageSize: kernels_SZ_4K, paBits: 48, vaBits: 48,
        boot: { unflattenedDt: 40476n + 47n, nodeData: 11392n },
    },
    'arm64-6.12': {
        arch: 'arm64', series: '6.12', release: '6.12.117', debianPackage: 'linux-image-6.12.117+deb13-arm64 6.12.117-1',
        config: config({ ...ARM64_BASE, RODATA_FULL_DEFAULT_ENABLED: true, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, ZONE_DEVICE: true }),
        imageSize: 0x2500000n, pageSize: kernels_SZ_4K, paBits: 52, vaBits: 52,
        boot: { unflattenedDt: 42708n + 47n, nodeData: 14144n },
    },
    'arm64-7.2': {
        arch: 'arm64', series: '7.2', release: '7.2.13', debianPackage: 'linux-binary-7.2.13+deb14-arm64 7.2.13-1',
        // CONFIG_RODATA_FULL_DEFAULT_ENABLED no longer exists in 7.x (rodata=full is always the default).
        config: config({ ...ARM64_BASE, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, ZONE_DEVICE: true }),
        imageSize: 0x2f00000n, pageSize: kernels_SZ_4K, paBits: 52, vaBits: 52,
        boot: { unflattenedDt: 44940n + 47n, nodeData: 14336n },
    },
    'x86_64-5.10': {
        arch: 'x86_64', series: '5.10', release: '5.10.223', debianPackage: 'linux-image-5.10.0-32-amd64 5.10.223-1',
        config: config(X86_BASE),
        imageSize: 0x3b7a000n, pageSize: kernels_SZ_4K, paBits: 46, vaBits: 48,
        boot: { unflattenedDt: 0n, nodeData: 172032n },
    },
    'x86_64-6.1': {
        arch: 'x86_64', series: '6.1', release: '6.1.192', debianPackage: 'linux-image-6.1.0-57-amd64 6.1.192-3',
        config: config(X86_BASE),
        imageSize: 0x3f98000n, pageSize: kernels_SZ_4K, paBits: 46, vaBits: 48,
        boot: { unflattenedDt: 0n, nodeData: 176128n },
    },
    'x86_64-6.12': {
        arch: 'x86_64', series: '6.12', release: '6.12.117', debianPackage: 'linux-image-6.12.117+deb13-amd64 6.12.117-1',
        config: config({ ...X86_BASE, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0 }),
        imageSize: 0x37ef000n, pageSize: kernels_SZ_4K, paBits: 46, vaBits: 48,
        boot: { unflattenedDt: 0n, nodeData: 174464n },
    },
    'x86_64-7.2': {
        arch: 'x86_64', series: '7.2', release: '7.2.13', debianPackage: 'linux-binary-7.2.13+deb14-amd64 7.2.13-1',
        config: config({ ...X86_BASE, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, CMA: true, CMA_SIZE_MBYTES: 0 }),
        imageSize: 0x3c4e000n, pageSize: kernels_SZ_4K, paBits: 46, vaBits: 48,
        boot: { unflattenedDt: 0n, nodeData: 176256n },
    },
    'riscv64-6.12': {
        arch: 'riscv64', series: '6.12', release: '6.12.117', debianPackage: 'linux-image-6.12.117+deb13-riscv64 6.12.117-1',
        config: config({ ZONE_DMA32: true, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, ZONE_DEVICE: true }),
        imageSize: 0x2000000n, pageSize: kernels_SZ_4K, paBits: 56, vaBits: 57,
        boot: { unflattenedDt: 24984n + 47n, nodeData: 9280n },
    },
    'riscv64-7.2': {
        arch: 'riscv64', series: '7.2', release: '7.2.13', debianPackage: 'linux-binary-7.2.13+deb14-riscv64 7.2.13-1',
        config: config({ ZONE_DMA32: true, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, CMA: true, CMA_SIZE_MBYTES: 128, ZONE_DEVICE: true }),
        imageSize: 0x2400000n, pageSize: kernels_SZ_4K, paBits: 56, vaBits: 57,
        boot: { unflattenedDt: 24984n + 47n, nodeData: 10752n },
    },
};
/** "6.12.117" → "6.12". */
function seriesOf(release) {
    const [major, minor] = release.split('.');
    return `${major}.${minor}`;
}
/**
 * The Debian profile for a resolved release.
 *
 * @param arch - the board's architecture
 * @param release - a resolved release such as `6.12.117`
 * @returns the profile of the same arch and series, or undefined
 * @example
 * kernelProfile('arm64', '6.1.192')?.imageSize // → 0x2010000n
 */
function kernelProfile(arch, release) {
    return KERNEL_PROFILES[`${arch}-${seriesOf(release)}`];
}

;// CONCATENATED MODULE: ./src/presets/index.ts
// SPDX-License-Identifier: GPL-2.0-only
/** The built-in presets a board can `extends`, and the Debian kernel profiles. */





/** Presets by name, sorted. */
const PRESETS = Object.fromEntries([qemuPcX86_64, qemuQ35X86_64, qemuVirtArm64, qemuVirtRiscv64, raspberryPi4].map((p) => [p.name, p]));
/**
 * Looks a preset up by name.
 *
 * @param name - a preset name such as `raspberrypi-4`
 * @returns the preset, or undefined for an unknown name
 */
function getPreset(name) {
    return Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
}

;// CONCATENATED MODULE: ./src/matrix/generated/schema.ts
// DO NOT EDIT: generated from schemas/board-matrix.schema.json by `npm run gen`.
// The schema as a value, for the defaults and property lists the loader reads at run time
// (importing the .json directly would need import attributes, which the bundler lacks).
const boardMatrixSchema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://crashkernel-check.dev/schemas/board-matrix/v1.json",
    "title": "BoardMatrix",
    "description": "A repository's board matrix for crashkernel-check: the boards a distribution or product ships, described as firmware hands them to Linux (RAM banks, early reservations, DMA limits) plus the kernels and command lines to check. Each board × RAM variant × kernel is one layout that crashkernel-check simulates. Addresses and sizes are strings (hex `0x…` or memparse style `512M`) and are decoded to 64-bit integers after validation.",
    "type": "object",
    "additionalProperties": false,
    "required": [
        "version",
        "boards"
    ],
    "properties": {
        "$schema": {
            "description": "The schema this document follows, for editors (autocomplete and validation). Use https://crashkernel-check.dev/schemas/board-matrix/v1.json or a relative path to schemas/board-matrix.schema.json. Ignored by crashkernel-check.",
            "type": "string"
        },
        "version": {
            "description": "Version of the board-matrix format. Only 1 exists.",
            "const": 1
        },
        "defaults": {
            "$ref": "#/$defs/defaults"
        },
        "boards": {
            "description": "The boards to check.",
            "type": "array",
            "items": {
                "$ref": "#/$defs/board"
            }
        }
    },
    "$defs": {
        "size": {
            "title": "Size",
            "description": "A size in bytes: hex `0x10000000`, decimal `268435456`, or either with one memparse suffix K, M, G, T, P or E (powers of 1024, case-insensitive), e.g. `256M`. Underscores may separate hex digits (`0x1_0000_0000`). As in the kernel's memparse(), hex digits are read greedily, so `0x1E` is 30 bytes, not an exabyte. Leading-zero (octal) decimals are rejected.",
            "type": "string",
            "pattern": "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"
        },
        "address": {
            "title": "Address",
            "description": "A physical address: hex `0x40000000` (underscores allowed between hex digits) or a decimal/memparse value such as `4G`. Must fit in 64 bits.",
            "type": "string",
            "pattern": "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"
        },
        "kernelVersion": {
            "title": "KernelVersion",
            "description": "A kernel release (`6.1.192`) or a series (`6.12`), resolved to the newest release crashkernel-check models for that series.",
            "type": "string",
            "pattern": "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"
        },
        "ruleRef": {
            "title": "RuleRef",
            "description": "A rule id such as `CK001`, or its name such as `crashkernel-not-reserved`.",
            "type": "string",
            "pattern": "^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$"
        },
        "range": {
            "description": "A physical range [base, base + size).",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "base",
                "size"
            ],
            "properties": {
                "base": {
                    "$ref": "#/$defs/address"
                },
                "size": {
                    "$ref": "#/$defs/size"
                }
            }
        },
        "memoryBank": {
            "description": "One RAM bank as firmware describes it: a DT /memory `reg` entry, an e820 RAM entry or a UEFI memory-map region.",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "base",
                "size"
            ],
            "properties": {
                "base": {
                    "$ref": "#/$defs/address"
                },
                "size": {
                    "$ref": "#/$defs/size"
                },
                "nomap": {
                    "type": "boolean",
                    "default": false,
                    "description": "Firmware marks the bank no-map (EFI runtime services, ACPI NVS reported as memory): it stays in memblock.memory, counts as system RAM and is never allocated or linear-mapped."
                },
                "description": {
                    "type": "string",
                    "description": "Free text: where the bank comes from."
                }
            }
        },
        "memory": {
            "description": "RAM banks in ascending address order; banks must not overlap. Mutually exclusive with `ram` and `ramSize`.",
            "type": "array",
            "minItems": 1,
            "items": {
                "$ref": "#/$defs/memoryBank"
            }
        },
        "ramVariant": {
            "description": "One RAM size of a board (e.g. the 1, 2, 4 and 8 GB Raspberry Pi 4). Each variant is a separate layout per kernel. Placements given here override the board's for this variant only (QEMU's x86 initrd and riscv DTB move with the RAM size).",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "name",
                "memory"
            ],
            "properties": {
                "name": {
                    "type": "string",
                    "minLength": 1,
                    "description": "Variant name, unique within the board, e.g. `4G`."
                },
                "description": {
                    "type": "string",
                    "description": "Free text."
                },
                "memory": {
                    "$ref": "#/$defs/memory"
                },
                "image": {
                    "$ref": "#/$defs/image"
                },
                "initrd": {
                    "$ref": "#/$defs/initrd"
                },
                "dtb": {
                    "$ref": "#/$defs/dtb"
                }
            }
        },
        "fixedReservation": {
            "description": "A static early reservation: DT /memreserve/, a /reserved-memory node with `reg`, or a firmware carve-out.",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "kind",
                "name",
                "base",
                "size"
            ],
            "properties": {
                "kind": {
                    "const": "fixed",
                    "description": "Static region."
                },
                "name": {
                    "type": "string",
                    "minLength": 1,
                    "description": "Node name as in the DT (`firmware@f0000000`) or a label."
                },
                "base": {
                    "$ref": "#/$defs/address"
                },
                "size": {
                    "$ref": "#/$defs/size"
                },
                "nomap": {
                    "type": "boolean",
                    "default": false,
                    "description": "DT `no-map`: the region stays in memblock.memory flagged MEMBLOCK_NOMAP and is left out of the linear map; without it the region is memblock_reserve()d."
                },
                "description": {
                    "type": "string",
                    "description": "Free text."
                }
            }
        },
        "dynamicReservation": {
            "description": "A region the kernel allocates itself while scanning /reserved-memory (a node with `size` instead of `reg`), e.g. a `shared-dma-pool` CMA area with `alloc-ranges`.",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "kind",
                "name",
                "size"
            ],
            "properties": {
                "kind": {
                    "const": "dynamic",
                    "description": "Kernel-allocated region."
                },
                "name": {
                    "type": "string",
                    "minLength": 1,
                    "description": "Node name as in the DT (`linux,cma`)."
                },
                "size": {
                    "$ref": "#/$defs/size"
                },
                "align": {
                    "$ref": "#/$defs/size"
                },
                "allocRanges": {
                    "type": "array",
                    "items": {
                        "$ref": "#/$defs/range"
                    },
                    "default": [],
                    "description": "DT `alloc-ranges`: where the kernel may place the region. Empty: anywhere."
                },
                "nomap": {
                    "type": "boolean",
                    "default": false,
                    "description": "DT `no-map`."
                },
                "cma": {
                    "type": "boolean",
                    "default": false,
                    "description": "`compatible = \"shared-dma-pool\"` plus `reusable`: the region becomes a CMA area."
                },
                "cmaDefault": {
                    "type": "boolean",
                    "default": false,
                    "description": "`linux,cma-default`: the region replaces the default CMA area (CONFIG_CMA_SIZE_MBYTES / `cma=`)."
                },
                "description": {
                    "type": "string",
                    "description": "Free text."
                }
            }
        },
        "reservation": {
            "title": "Reservation",
            "description": "An early reservation, in boot order.",
            "type": "object",
            "properties": {
                "kind": {
                    "enum": [
                        "fixed",
                        "dynamic"
                    ],
                    "description": "`fixed` (a region at a known address) or `dynamic` (allocated by the kernel)."
                }
            },
            "required": [
                "kind"
            ],
            "discriminator": {
                "propertyName": "kind"
            },
            "oneOf": [
                {
                    "$ref": "#/$defs/fixedReservation"
                },
                {
                    "$ref": "#/$defs/dynamicReservation"
                }
            ]
        },
        "dmaRange": {
            "description": "One `dma-ranges` entry of a bus node: bus addresses [busAddr, busAddr + size) map to CPU addresses [cpuAddr, cpuAddr + size).",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "node",
                "cpuAddr",
                "size"
            ],
            "properties": {
                "node": {
                    "type": "string",
                    "minLength": 1,
                    "description": "DT path or label of the bus node (`/soc`, `emmc2bus`). Several entries may name the same node; the node's limit is the highest CPU address any of its entries reaches."
                },
                "cpuAddr": {
                    "$ref": "#/$defs/address"
                },
                "busAddr": {
                    "$ref": "#/$defs/address"
                },
                "size": {
                    "$ref": "#/$defs/size"
                }
            }
        },
        "dma": {
            "description": "DMA constraints as firmware describes them. The kernel takes the lowest limit of all of them when sizing ZONE_DMA (arm64 of_dma_get_max_cpu_address() and acpi_iort_dma_get_max_cpu_address()).",
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "ranges": {
                    "type": "array",
                    "items": {
                        "$ref": "#/$defs/dmaRange"
                    },
                    "default": [],
                    "description": "`dma-ranges` of bus nodes (only non-empty ones; an empty `dma-ranges;` means 1:1 and imposes no limit)."
                },
                "iortLimitBits": {
                    "type": "array",
                    "items": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 64
                    },
                    "default": [],
                    "description": "ACPI IORT `memory_address_limit` values in bits of named components and root complexes (0 is ignored, as in the kernel)."
                },
                "zoneDmaLimit": {
                    "$ref": "#/$defs/address"
                }
            }
        },
        "device": {
            "title": "Device",
            "description": "A device that does DMA, with its reach: either an explicit limit or the bus node it sits behind.",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "name"
            ],
            "oneOf": [
                {
                    "properties": {
                        "dmaLimit": true
                    },
                    "required": [
                        "dmaLimit"
                    ]
                },
                {
                    "properties": {
                        "bus": true
                    },
                    "required": [
                        "bus"
                    ]
                }
            ],
            "properties": {
                "name": {
                    "type": "string",
                    "minLength": 1,
                    "description": "Device name (`emmc2`, `nvme0`)."
                },
                "dmaLimit": {
                    "$ref": "#/$defs/address"
                },
                "bus": {
                    "type": "string",
                    "minLength": 1,
                    "description": "The `node` of a `dma.ranges` entry the device sits behind; its reach is that node's highest CPU address."
                },
                "dumpTarget": {
                    "type": "boolean",
                    "default": false,
                    "description": "This device writes the vmcore (the disk or NIC kdump saves to), so the crash kernel's memory must be within its reach."
                },
                "description": {
                    "type": "string",
                    "description": "Free text."
                }
            }
        },
        "kernelConfig": {
            "description": "Kernel configuration options that change where crashkernel lands or how the linear map is built. Default for each: the Debian kernel profile of the kernel's arch and series (docs/presets.md); for a kernel without a profile, the `default` given here.",
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "ZONE_DMA": {
                    "type": "boolean",
                    "default": true,
                    "description": "CONFIG_ZONE_DMA."
                },
                "ZONE_DMA32": {
                    "type": "boolean",
                    "default": true,
                    "description": "CONFIG_ZONE_DMA32."
                },
                "RODATA_FULL_DEFAULT_ENABLED": {
                    "type": "boolean",
                    "default": true,
                    "description": "arm64 CONFIG_RODATA_FULL_DEFAULT_ENABLED (≤ 6.x; 7.x always behaves as if set)."
                },
                "KFENCE": {
                    "type": "boolean",
                    "default": false,
                    "description": "CONFIG_KFENCE."
                },
                "KFENCE_SAMPLE_INTERVAL": {
                    "type": "integer",
                    "minimum": 0,
                    "default": 100,
                    "description": "CONFIG_KFENCE_SAMPLE_INTERVAL in ms; 0 means the pool is not allocated early."
                },
                "DEBUG_PAGEALLOC": {
                    "type": "boolean",
                    "default": false,
                    "description": "CONFIG_DEBUG_PAGEALLOC with CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT (forces a base-page linear map)."
                },
                "CMA": {
                    "type": "boolean",
                    "default": false,
                    "description": "CONFIG_CMA together with CONFIG_DMA_CMA."
                },
                "CMA_SIZE_MBYTES": {
                    "type": "integer",
                    "minimum": 0,
                    "default": 0,
                    "description": "CONFIG_CMA_SIZE_MBYTES: size of the default CMA area (0 = none)."
                },
                "RANDOMIZE_BASE": {
                    "type": "boolean",
                    "default": false,
                    "description": "CONFIG_RANDOMIZE_BASE (KASLR). crashkernel-check never randomises: physical placement is simulated as with `nokaslr`."
                },
                "X86_DIRECT_GBPAGES": {
                    "type": "boolean",
                    "default": true,
                    "description": "x86 CONFIG_X86_DIRECT_GBPAGES (1 GiB pages in the direct map)."
                },
                "ZONE_DEVICE": {
                    "type": "boolean",
                    "default": false,
                    "description": "CONFIG_ZONE_DEVICE (only adds the empty \"Device\" line to the kernel's \"Zone ranges:\" output)."
                }
            }
        },
        "cpuFeatures": {
            "description": "CPU features that change the outcome.",
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "bbml2Noabort": {
                    "type": "boolean",
                    "default": false,
                    "description": "arm64 FEAT_BBML2 without aborts, on the kernel's allow-list (7.x keeps block mappings with rodata=full)."
                },
                "lpa2": {
                    "type": "boolean",
                    "default": false,
                    "description": "arm64 FEAT_LPA2: a 52-bit-VA kernel (6.12+ Debian) runs with 52-bit VA; without it, 48-bit (4K/16K pages)."
                },
                "gbpages": {
                    "type": "boolean",
                    "default": true,
                    "description": "x86 GBPAGES (1 GiB pages)."
                }
            }
        },
        "bootAllocations": {
            "description": "Sizes of boot-time allocations that depend on the kernel build and the firmware blob rather than on the algorithm. Default: the Debian kernel profile (measured with memblock=debug), else 0.",
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "unflattenedDt": {
                    "$ref": "#/$defs/size"
                },
                "nodeData": {
                    "$ref": "#/$defs/size"
                }
            }
        },
        "kernelObject": {
            "description": "A kernel with overrides for this board.",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "release"
            ],
            "properties": {
                "release": {
                    "$ref": "#/$defs/kernelVersion"
                },
                "config": {
                    "$ref": "#/$defs/kernelConfig"
                },
                "cmdline": {
                    "type": "string",
                    "description": "The whole kernel command line for this kernel (replaces the board's)."
                },
                "imageSize": {
                    "$ref": "#/$defs/size"
                },
                "boot": {
                    "$ref": "#/$defs/bootAllocations"
                },
                "policy": {
                    "type": "string",
                    "minLength": 1,
                    "description": "Simulate with this named engine policy instead of the one for the release (what-if studies)."
                }
            }
        },
        "kernel": {
            "title": "Kernel",
            "description": "A kernel to check: a release or series string, or an object with overrides.",
            "oneOf": [
                {
                    "$ref": "#/$defs/kernelVersion"
                },
                {
                    "$ref": "#/$defs/kernelObject"
                }
            ]
        },
        "expect": {
            "description": "What must hold for this board. Each expectation turns a fact the simulation finds into an error.",
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "reservationRequired": {
                    "type": "boolean",
                    "default": true,
                    "description": "crashkernel= must actually reserve memory."
                },
                "dumpTargetReachable": {
                    "type": "boolean",
                    "default": true,
                    "description": "Every crash region the kdump kernel needs for DMA must be reachable by each `dumpTarget` device."
                },
                "protectionRequired": {
                    "type": "boolean",
                    "default": false,
                    "description": "The loaded crash kernel must be protected from stray writes (arch_kexec_protect_crashkres())."
                },
                "noFallbackAbove4G": {
                    "type": "boolean",
                    "default": false,
                    "description": "The reservation must not fall back above 4 GiB / to high memory."
                },
                "noBasePageLinearMap": {
                    "type": "boolean",
                    "default": false,
                    "description": "crashkernel= must not force the linear map to base pages."
                }
            }
        },
        "severityMap": {
            "description": "Severity per rule id or name, overriding the rule's default for this board. `off` drops the rule's findings.",
            "type": "object",
            "propertyNames": {
                "$ref": "#/$defs/ruleRef"
            },
            "additionalProperties": {
                "enum": [
                    "error",
                    "warning",
                    "note",
                    "off"
                ]
            },
            "default": {}
        },
        "suppression": {
            "description": "Silences one rule for this board, with the reason recorded in the report.",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "rule",
                "reason"
            ],
            "properties": {
                "rule": {
                    "$ref": "#/$defs/ruleRef"
                },
                "reason": {
                    "type": "string",
                    "minLength": 1,
                    "description": "Why the finding does not apply (shown in the report)."
                }
            }
        },
        "settings": {
            "title": "Settings",
            "description": "Everything a board, its preset or `defaults` can set.",
            "type": "object",
            "properties": {
                "arch": {
                    "enum": [
                        "arm64",
                        "x86_64",
                        "riscv64"
                    ],
                    "description": "CPU architecture."
                },
                "kernels": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "$ref": "#/$defs/kernel"
                    },
                    "description": "Kernels to check; each one is a layout per RAM variant."
                },
                "pageSize": {
                    "enum": [
                        "4K",
                        "16K",
                        "64K"
                    ],
                    "description": "Kernel page size. Default: the Debian kernel profile (4K)."
                },
                "paBits": {
                    "type": "integer",
                    "minimum": 32,
                    "maximum": 64,
                    "description": "Physical address bits (arm64 CONFIG_ARM64_PA_BITS, x86 MAXPHYADDR). Default: the Debian kernel profile."
                },
                "vaBits": {
                    "type": "integer",
                    "minimum": 32,
                    "maximum": 64,
                    "description": "Kernel virtual address bits in use. Default: the Debian kernel profile; an arm64 52-bit kernel runs with 48 bits without `cpu.lpa2`."
                },
                "memory": {
                    "$ref": "#/$defs/memory"
                },
                "ram": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "$ref": "#/$defs/ramVariant"
                    },
                    "description": "Several RAM variants of the board, each a layout. Mutually exclusive with `memory`."
                },
                "ramSize": {
                    "$ref": "#/$defs/ramSize"
                },
                "reservations": {
                    "type": "array",
                    "items": {
                        "$ref": "#/$defs/reservation"
                    },
                    "default": [],
                    "description": "Early reservations in boot order (after the kernel image, initrd and DTB)."
                },
                "image": {
                    "$ref": "#/$defs/image"
                },
                "initrd": {
                    "$ref": "#/$defs/initrd"
                },
                "dtb": {
                    "$ref": "#/$defs/dtb"
                },
                "dma": {
                    "$ref": "#/$defs/dma"
                },
                "devices": {
                    "type": "array",
                    "items": {
                        "$ref": "#/$defs/device"
                    },
                    "default": [],
                    "description": "DMA-capable devices, in particular the dump target."
                },
                "config": {
                    "$ref": "#/$defs/kernelConfig"
                },
                "cpu": {
                    "$ref": "#/$defs/cpuFeatures"
                },
                "boot": {
                    "$ref": "#/$defs/bootAllocations"
                },
                "cmdline": {
                    "type": "string",
                    "default": "",
                    "description": "The kernel command line (`crashkernel=`, `rodata=`, `kfence.sample_interval=`, `mem=`, `cma=` …)."
                },
                "expect": {
                    "$ref": "#/$defs/expect"
                },
                "severity": {
                    "$ref": "#/$defs/severityMap"
                },
                "suppress": {
                    "type": "array",
                    "items": {
                        "$ref": "#/$defs/suppression"
                    },
                    "default": [],
                    "description": "Rules silenced for this board, each with a reason."
                }
            },
            "not": {
                "anyOf": [
                    {
                        "properties": {
                            "memory": true,
                            "ram": true
                        },
                        "required": [
                            "memory",
                            "ram"
                        ]
                    },
                    {
                        "properties": {
                            "memory": true,
                            "ramSize": true
                        },
                        "required": [
                            "memory",
                            "ramSize"
                        ]
                    },
                    {
                        "properties": {
                            "ram": true,
                            "ramSize": true
                        },
                        "required": [
                            "ram",
                            "ramSize"
                        ]
                    }
                ]
            }
        },
        "board": {
            "title": "Board",
            "description": "One board: its identity, an optional preset, and its settings.",
            "type": "object",
            "allOf": [
                {
                    "$ref": "#/$defs/settings"
                }
            ],
            "unevaluatedProperties": false,
            "required": [
                "id"
            ],
            "properties": {
                "id": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                    "description": "Stable identifier, unique in the file (used in reports, fingerprints and `boards` filters)."
                },
                "name": {
                    "type": "string",
                    "description": "Human-readable name."
                },
                "description": {
                    "type": "string",
                    "description": "Free text: where the board's numbers come from."
                },
                "extends": {
                    "type": "string",
                    "minLength": 1,
                    "description": "A built-in preset whose settings are merged under the board's: `qemu-virt-arm64`, `qemu-q35-x86_64`, `qemu-pc-x86_64`, `qemu-virt-riscv64`, `raspberrypi-4`."
                }
            }
        },
        "image": {
            "description": "Where the boot loader put the kernel image [_text, _end). `size` defaults to the kernel's own size: arm64 Image header `image_size`, x86 `init_size`, riscv64 the reserved image (docs/presets.md).",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "base"
            ],
            "properties": {
                "base": {
                    "$ref": "#/$defs/address"
                },
                "size": {
                    "$ref": "#/$defs/size"
                }
            }
        },
        "initrd": {
            "description": "Where the boot loader put the initrd (initramfs). Default: no initrd.",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "base",
                "size"
            ],
            "properties": {
                "base": {
                    "$ref": "#/$defs/address"
                },
                "size": {
                    "$ref": "#/$defs/size"
                }
            }
        },
        "dtb": {
            "description": "Where the boot loader put the flattened device tree (arm64, riscv64). Default: none (ACPI/x86).",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "base",
                "size"
            ],
            "properties": {
                "base": {
                    "$ref": "#/$defs/address"
                },
                "size": {
                    "$ref": "#/$defs/size"
                }
            }
        },
        "defaults": {
            "description": "Settings merged under every board: a board's own value wins, then its preset (`extends`), then these defaults, then the Debian kernel profile of the kernel, then the documented default of each property. Objects (`config`, `cpu`, `expect`, `severity`, `boot`, `dma`) merge key by key; arrays and strings are replaced whole, except `suppress`, which is concatenated.",
            "type": "object",
            "allOf": [
                {
                    "$ref": "#/$defs/settings"
                }
            ],
            "unevaluatedProperties": false
        },
        "ramSize": {
            "title": "RamSize",
            "description": "The RAM size given to a machine whose preset computes its RAM map from it, like QEMU's `-m` (presets `qemu-*`): the preset derives the banks and the size-dependent placements (x86 initrd, riscv64 DTB). One layout. Mutually exclusive with `memory` and `ram`.",
            "type": "string",
            "pattern": "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"
        }
    }
};

;// CONCATENATED MODULE: ./src/matrix/merge.ts
/** Pointer of `key` inside `layer` (or the layer's anchor). */
function pointerIn(layer, ...keys) {
    return layer.base === undefined ? layer.anchor : `${layer.base}/${keys.join('/')}`;
}
/** The topmost value of a setting. */
function pick(layers, key) {
    for (const layer of layers) {
        const value = layer.settings[key];
        if (value !== undefined)
            return { value: value, pointer: pointerIn(layer, key) };
    }
    return undefined;
}
/** The topmost value of one key of an object setting (objects merge key by key). */
function pickIn(layers, object, key) {
    for (const layer of layers) {
        const obj = layer.settings[object];
        const value = obj?.[key];
        if (value !== undefined)
            return { value: value, pointer: pointerIn(layer, object, String(key)) };
    }
    return undefined;
}
/** `memory`, `ram` or `ramSize`, whichever the topmost layer that has one sets (they replace each other). */
function pickRam(layers) {
    for (const layer of layers) {
        if (layer.settings.memory !== undefined)
            return { layer, memory: layer.settings.memory };
        if (layer.settings.ram !== undefined)
            return { layer, ram: layer.settings.ram };
        if (layer.settings.ramSize !== undefined)
            return { layer, ramSize: layer.settings.ramSize };
    }
    return undefined;
}
/** Severity maps merged key by key, lower layers first. */
function mergeSeverity(layers) {
    const out = {};
    for (const layer of [...layers].reverse())
        Object.assign(out, layer.settings.severity ?? {});
    return out;
}
/** Suppressions of all layers, concatenated (defaults first). */
function mergeSuppress(layers) {
    return [...layers].reverse().flatMap((layer) => (layer.settings.suppress ?? []).map((s, i) => ({ rule: s.rule, reason: s.reason, pointer: pointerIn(layer, 'suppress', i) })));
}
/**
 * Pointer of a child value. A value from a preset has no place in the file: its pointer is
 * the board's `extends`, and so is every child's.
 */
function child(pointer, ...keys) {
    return pointer.endsWith('/extends') ? pointer : `${pointer}/${keys.join('/')}`;
}

;// CONCATENATED MODULE: ./src/matrix/size.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * Decodes the wire format's address and size strings into bigint, with the kernel's
 * memparse() semantics (lib/cmdline.c): base-0 number, then at most one suffix K/M/G/T/P/E.
 * Runs on schema-valid strings only; the schema already rejected octal and junk.
 */
const size_SHIFT = { k: 10n, m: 20n, g: 30n, t: 40n, p: 50n, e: 60n };
/** 2^64: values at or above it do not fit a phys_addr_t. */
const U64_LIMIT = 1n << 64n;
/**
 * Parses a size or address string exactly (no 64-bit wrap-around: the caller reports values
 * ≥ 2^64 instead of silently wrapping as the kernel would).
 *
 * @param text - a schema-valid size/address such as `0x4000_0000`, `512M` or `0x1E`
 * @returns the value in bytes
 * @example
 * parseSize('512M') // → 536870912n
 * parseSize('0x1E') // → 30n (hex digits are read greedily, as memparse() does)
 * parseSize('0x10M') // → 16777216n
 */
function parseSize(text) {
    const m = /^(0[xX][0-9a-fA-F_]+|[0-9]+)([KMGTPEkmgtpe]?)$/.exec(text);
    if (!m || m[1] === undefined)
        throw new Error(`assertion failed: parseSize on unvalidated input ${JSON.stringify(text)}`);
    const digits = m[1].replace(/_/g, '');
    const value = BigInt(digits);
    const suffix = m[2] ? size_SHIFT[m[2].toLowerCase()] : undefined;
    return suffix === undefined ? value : value << suffix;
}
/** Formats a physical address the way the kernel prints `%pa` (0x + 16 hex digits). */
function size_fmtPhys(value) {
    return `0x${value.toString(16).padStart(16, '0')}`;
}
/** A compact human size: `256 MiB`, `1 GiB`, `4 KiB`, or bytes. */
function size_fmtSize(value) {
    const units = [[60n, 'EiB'], [50n, 'PiB'], [40n, 'TiB'], [30n, 'GiB'], [20n, 'MiB'], [10n, 'KiB']];
    for (const [shift, unit] of units) {
        const base = 1n << shift;
        if (value >= base && value % base === 0n)
            return `${value / base} ${unit}`;
    }
    return `${value} bytes`;
}

;// CONCATENATED MODULE: ./src/matrix/semantic.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * Checks the schema cannot express: they need the decoded numbers (overlaps, containment,
 * alignment). Each returns problems located at the value to change; none throws.
 */


const semantic_SZ_2M = 2n << 20n;
/** Banks must not overlap (memblock would merge them silently, hiding a typo). */
function checkOverlaps(banks) {
    const problems = [];
    banks.forEach((bank, i) => {
        for (const other of banks.slice(0, i)) {
            if (bank.base < other.base + other.size && other.base < bank.base + bank.size) {
                problems.push({
                    messageId: 'overlappingBanks',
                    data: { what: bank.what, start: size_fmtPhys(bank.base), end: size_fmtPhys(bank.base + bank.size), other: other.what, otherStart: size_fmtPhys(other.base), otherEnd: size_fmtPhys(other.base + other.size) },
                    pointer: child(bank.pointer, 'base'),
                    target: 'value',
                });
                break;
            }
        }
    });
    return problems;
}
/** Ranges must be non-empty and end within 64 bits. */
function checkRangeBounds(range) {
    if (range.size === 0n)
        return [{ messageId: 'emptyRange', data: { what: range.what }, pointer: child(range.pointer, 'size'), target: 'value' }];
    if (range.base + range.size > U64_LIMIT) {
        return [{ messageId: 'valueOutOfRange', data: { what: `${range.what} end`, value: `0x${(range.base + range.size).toString(16)}` }, pointer: child(range.pointer, 'size'), target: 'value' }];
    }
    return [];
}
/** The part of `region` not covered by any bank, or undefined when it lies inside RAM. */
function uncovered(region, banks) {
    let cursor = region.base;
    const end = region.base + region.size;
    const sorted = [...banks].sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
    for (const bank of sorted) {
        if (bank.base > cursor)
            break;
        if (bank.base + bank.size > cursor)
            cursor = bank.base + bank.size;
        if (cursor >= end)
            return undefined;
    }
    // The first uncovered byte is `cursor`; report up to the next bank or the region's end.
    const next = sorted.find((b) => b.base > cursor);
    const stop = next && next.base < end ? next.base : end;
    return { base: cursor, size: stop - cursor };
}
/** A fixed region (reservation, image, initrd, DTB) must lie inside RAM. */
function checkInsideRam(region, banks) {
    const gap = uncovered(region, banks);
    if (!gap)
        return [];
    return [{
            messageId: 'outsideRam',
            data: { what: region.what, start: size_fmtPhys(region.base), end: size_fmtPhys(region.base + region.size), gapStart: size_fmtPhys(gap.base), gapEnd: size_fmtPhys(gap.base + gap.size) },
            pointer: child(region.pointer, 'base'),
            target: 'value',
        }];
}
/**
 * A bank must start on a page boundary. Its size may be ragged (e820's first bank ends at
 * 0x9fc00 on every PC; memblock copes), but an unaligned base is almost always a typo.
 */
function checkPageAligned(bank, pageSize) {
    if (bank.base % pageSize === 0n)
        return [];
    return [{ messageId: 'notPageAligned', data: { what: `${bank.what} base`, value: `0x${bank.base.toString(16)}`, pageSize: size_fmtSize(pageSize) }, pointer: child(bank.pointer, 'base'), target: 'value' }];
}
/** arm64, riscv64 (PMD) and x86 (kernel_alignment) all want a 2 MiB aligned image. */
function checkImageAlignment(image, arch) {
    if (image.base % semantic_SZ_2M === 0n)
        return [];
    return [{ messageId: 'imageMisaligned', data: { base: size_fmtPhys(image.base), arch }, pointer: child(image.pointer, 'base'), target: 'value' }];
}
/** A DT `alignment` must be a power of two (0 = absent). */
function checkAlignment(value, pointer) {
    if (value === 0n || (value & (value - 1n)) === 0n)
        return [];
    return [{ messageId: 'alignNotPowerOfTwo', data: { value: `0x${value.toString(16)}` }, pointer, target: 'value' }];
}

;// CONCATENATED MODULE: ./src/matrix/decode.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * Wire document → engine layouts: one per board × RAM variant × kernel. Merges the board
 * over its preset over `defaults` over the Debian kernel profile over the schema defaults,
 * decodes sizes to bigint and runs the semantic checks. Runs on schema-valid boards only;
 * every problem is returned (never thrown) with the pointer of the value to change, and a
 * problem only drops what it affects (the board, the RAM variant, the kernel or the layout).
 */






const defs = boardMatrixSchema.$defs;
const PAGE_SIZES = { '4K': 4096n, '16K': 16384n, '64K': 65536n };
/** Fallbacks when neither the matrix nor a Debian profile says (kernel-model.md §4, §5). */
const ARCH_DEFAULT_BITS = {
    arm64: { pa: 48, va: 48 },
    x86_64: { pa: 46, va: 48 },
    riscv64: { pa: 56, va: 39 },
};
/** The schema's documented default of `def.properties[key]` (the schema is the single source). */
function schemaDefault(def, key) {
    return def.properties[key]?.default;
}
/** Compiles `*` wildcards of the boards filter. */
function boardFilter(patterns) {
    if (!patterns || patterns.length === 0)
        return () => true;
    const regexes = patterns.map((p) => new RegExp(`^${p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`));
    return (id) => regexes.some((r) => r.test(id));
}
/** Collects problems while decoding one board. */
class Collector {
    boardId;
    problems = [];
    constructor(boardId) {
        this.boardId = boardId;
    }
    add(problems) {
        for (const p of problems)
            this.problems.push({ ...p, boardId: this.boardId });
        return problems.length === 0;
    }
    /** Decodes a size/address string; out-of-range values become a problem (returns undefined). */
    num(text, pointer, what) {
        const value = parseSize(text);
        if (value >= U64_LIMIT) {
            this.add([{ messageId: 'valueOutOfRange', data: { what, value: text }, pointer, target: 'value' }]);
            return undefined;
        }
        return value;
    }
    range(what, base, size, pointer) {
        const b = this.num(base, child(pointer, 'base'), `${what} base`);
        const s = this.num(size, child(pointer, 'size'), `${what} size`);
        if (b === undefined || s === undefined)
            return undefined;
        const range = { what, base: b, size: s, pointer };
        return this.add(checkRangeBounds(range)) ? range : undefined;
    }
}
function decodeVariants(layers, preset, c, boardPointer) {
    const picked = pickRam(layers);
    if (!picked) {
        c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: 'RAM ("memory", "ram" or "ramSize")' }, pointer: boardPointer, target: 'value' }]);
        return undefined;
    }
    const { layer } = picked;
    let ram = picked.ram;
    if (picked.ramSize !== undefined) {
        const sizePointer = pointerIn(layer, 'ramSize');
        if (!preset?.ramForSize) {
            c.add([{ messageId: 'ramSizeWithoutPreset', data: { presets: Object.values(PRESETS).filter((p) => p.ramForSize).map((p) => p.name).join(', ') }, pointer: sizePointer, target: 'value' }]);
            return undefined;
        }
        const size = c.num(picked.ramSize, sizePointer, 'ramSize');
        if (size === undefined)
            return undefined;
        ram = [{ ...preset.ramForSize(size), name: picked.ramSize }];
    }
    const lists = picked.memory
        ? [{ name: undefined, pointer: pointerIn(layer, 'memory'), memory: picked.memory, raw: undefined }]
        : (ram ?? []).map((v, j) => ({ name: v.name, pointer: picked.ramSize !== undefined ? pointerIn(layer, 'ramSize') : pointerIn(layer, 'ram', j), memory: v.memory, raw: v }));
    const seen = new Map();
    const variants = [];
    for (const list of lists) {
        if (list.name !== undefined) {
            if (seen.has(list.name)) {
                c.add([{ messageId: 'duplicateVariant', data: { name: list.name }, pointer: child(list.pointer, 'name'), target: 'value' }]);
                continue;
            }
            seen.set(list.name, list.pointer);
        }
        const memoryPointer = picked.memory ? list.pointer : child(list.pointer, 'memory');
        const banks = [];
        const nomap = [];
        let ok = true;
        list.memory.forEach((bank, i) => {
            const bankPointer = layer.base === undefined ? layer.anchor : picked.ramSize !== undefined ? list.pointer : `${memoryPointer}/${i}`;
            const range = c.range(`bank ${i}${list.name ? ` of ${list.name}` : ''}`, bank.base, bank.size, bankPointer);
            if (!range)
                ok = false;
            else {
                banks.push(range);
                nomap.push(bank.nomap ?? false);
            }
        });
        if (!ok || !c.add(checkOverlaps(banks)))
            continue;
        const own = (key) => {
            const value = list.raw?.[key];
            return value === undefined ? undefined : { value, pointer: layer.base === undefined ? layer.anchor : picked.ramSize !== undefined ? list.pointer : `${list.pointer}/${key}` };
        };
        variants.push({
            ...(list.name !== undefined && { name: list.name }),
            pointer: list.pointer,
            banks,
            nomap,
            ...optional('image', own('image') ?? pick(layers, 'image')),
            ...optional('initrd', own('initrd') ?? pick(layers, 'initrd')),
            ...optional('dtb', own('dtb') ?? pick(layers, 'dtb')),
        });
    }
    return variants;
}
/** `{ [key]: value }` or `{}` (exactOptionalPropertyTypes-friendly spreading). */
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
function decodeReservations(layers, c) {
    const picked = pick(layers, 'reservations');
    const list = [];
    const pointers = [];
    const placed = [];
    let ok = true;
    for (const [i, r] of (picked?.value ?? []).entries()) {
        const at = picked && !picked.pointer.endsWith('/extends') ? `${picked.pointer}/${i}` : (picked?.pointer ?? '');
        pointers.push(at);
        if (r.kind === 'fixed') {
            const range = c.range(`reservation "${r.name}"`, r.base, r.size, at);
            if (!range)
                ok = false;
            else {
                placed.push(range);
                list.push({ kind: 'fixed', name: r.name, base: range.base, size: range.size, nomap: r.nomap ?? false });
            }
        }
        else {
            const size = c.num(r.size, child(at, 'size'), `reservation "${r.name}" size`);
            const align = r.align === undefined ? 0n : c.num(r.align, child(at, 'align'), `reservation "${r.name}" alignment`);
            const ranges = (r.allocRanges ?? []).map((a, j) => c.range(`alloc-range ${j} of "${r.name}"`, a.base, a.size, child(at, 'allocRanges', j)));
            if (size === undefined || align === undefined || ranges.some((x) => x === undefined) || !c.add(checkAlignment(align, child(at, 'align')))) {
                ok = false;
                continue;
            }
            list.push({
                kind: 'dynamic',
                name: r.name,
                size,
                align,
                allocRanges: ranges.map((x) => ({ base: x.base, size: x.size })),
                nomap: r.nomap ?? false,
                cma: r.cma ?? false,
                cmaDefault: r.cmaDefault ?? false,
            });
        }
    }
    return ok ? { list, pointers, placed } : undefined;
}
function decodeDma(layers, c) {
    const nodes = new Map();
    const ranges = pickIn(layers, 'dma', 'ranges');
    let ok = true;
    for (const [i, r] of (ranges?.value ?? []).entries()) {
        const at = ranges.pointer.endsWith('/extends') ? ranges.pointer : `${ranges.pointer}/${i}`;
        const cpu = c.num(r.cpuAddr, child(at, 'cpuAddr'), 'dma-ranges CPU address');
        const size = c.num(r.size, child(at, 'size'), 'dma-ranges size');
        if (r.busAddr !== undefined)
            c.num(r.busAddr, child(at, 'busAddr'), 'dma-ranges bus address');
        if (cpu === undefined || size === undefined) {
            ok = false;
            continue;
        }
        if (!c.add(checkRangeBounds({ what: `dma-ranges entry of ${r.node}`, base: cpu, size, pointer: at }))) {
            ok = false;
            continue;
        }
        // of_dma_get_max_cpu_address(): per node, the highest CPU address any entry reaches.
        const end = cpu + size - 1n;
        const prev = nodes.get(r.node);
        nodes.set(r.node, prev === undefined || end > prev ? end : prev);
    }
    const limit = pickIn(layers, 'dma', 'zoneDmaLimit');
    const dmaRanges = [...nodes].map(([node, cpuEnd]) => ({ node, cpuEnd }));
    if (limit) {
        const value = c.num(limit.value, limit.pointer, 'zoneDmaLimit');
        if (value === undefined)
            ok = false;
        // An explicit limit acts like one more bus node whose window ends there (the kernel takes the minimum).
        else
            dmaRanges.push({ node: '(zoneDmaLimit)', cpuEnd: value });
    }
    const iort = pickIn(layers, 'dma', 'iortLimitBits')?.value ?? [];
    return ok ? { dma: { dmaRanges, iortLimitBits: [...iort] }, nodes } : undefined;
}
function decodeDevices(layers, nodes, c) {
    const picked = pick(layers, 'devices');
    const list = [];
    const pointers = [];
    let ok = true;
    for (const [i, d] of (picked?.value ?? []).entries()) {
        const at = picked.pointer.endsWith('/extends') ? picked.pointer : `${picked.pointer}/${i}`;
        pointers.push(at);
        let limit;
        if (d.dmaLimit !== undefined)
            limit = c.num(d.dmaLimit, child(at, 'dmaLimit'), `dmaLimit of "${d.name}"`);
        else if (d.bus !== undefined) {
            limit = nodes.get(d.bus);
            if (limit === undefined) {
                c.add([{ messageId: 'unknownBus', data: { device: d.name, bus: d.bus, known: [...nodes.keys()].map((n) => `"${n}"`).join(', ') || 'none' }, pointer: child(at, 'bus'), target: 'value' }]);
            }
        }
        if (limit === undefined)
            ok = false;
        else
            list.push({ name: d.name, dmaLimit: limit, dumpTarget: d.dumpTarget ?? false });
    }
    return ok ? { list, pointers } : undefined;
}
const CONFIG_KEYS = Object.keys(defs.kernelConfig.properties);
const CPU_KEYS = Object.keys(defs.cpuFeatures.properties);
const EXPECT_KEYS = Object.keys(defs.expect.properties);
function decodeConfig(layers, kernel, profile) {
    const config = {};
    for (const key of CONFIG_KEYS) {
        const wireKey = key;
        config[key] = (kernel?.config?.[wireKey] ?? pickIn(layers, 'config', wireKey)?.value ?? profile?.config[key] ?? schemaDefault(defs.kernelConfig, key));
    }
    return config;
}
function kernelEntries(layers, override, boardPointer, c) {
    if (override && override.length > 0)
        return override.map((spec) => ({ spec, pointer: pick(layers, 'kernels')?.pointer ?? boardPointer }));
    const picked = pick(layers, 'kernels');
    if (!picked) {
        c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: 'kernels' }, pointer: boardPointer, target: 'value' }]);
        return undefined;
    }
    return picked.value.map((k, i) => {
        const pointer = picked.pointer.endsWith('/extends') ? picked.pointer : `${picked.pointer}/${i}`;
        return typeof k === 'string' ? { spec: k, pointer } : { spec: k.release, object: k, pointer };
    });
}
/** Decodes one schema-valid board into its layouts. */
function decodeBoard(board, index, defaults, options, c) {
    const boardPointer = `/boards/${index}`;
    const layers = [{ settings: board, base: boardPointer, anchor: boardPointer }];
    let preset;
    if (board.extends !== undefined) {
        preset = getPreset(board.extends);
        if (!preset) {
            c.add([{ messageId: 'unknownPreset', data: { name: board.extends, known: Object.keys(PRESETS).join(', ') }, pointer: `${boardPointer}/extends`, target: 'value' }]);
            return [];
        }
        layers.push({ settings: preset.settings, anchor: `${boardPointer}/extends` });
    }
    if (defaults)
        layers.push({ settings: defaults, base: '/defaults', anchor: '/defaults' });
    const arch = pick(layers, 'arch')?.value;
    if (!arch) {
        c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: 'arch' }, pointer: boardPointer, target: 'value' }]);
        return [];
    }
    const variants = decodeVariants(layers, preset, c, boardPointer);
    const kernels = kernelEntries(layers, options.kernels, boardPointer, c);
    const reservations = decodeReservations(layers, c);
    const dma = decodeDma(layers, c);
    const devices = dma && decodeDevices(layers, dma.nodes, c);
    if (!variants || !kernels || !reservations || !dma || !devices)
        return [];
    const cpu = Object.fromEntries(CPU_KEYS.map((k) => [k, pickIn(layers, 'cpu', k)?.value ?? schemaDefault(defs.cpuFeatures, k)]));
    const expect = Object.fromEntries(EXPECT_KEYS.map((k) => [k, pickIn(layers, 'expect', k)?.value ?? schemaDefault(defs.expect, k)]));
    const severity = mergeSeverity(layers);
    const suppress = mergeSuppress(layers);
    const cmdline = pick(layers, 'cmdline');
    const policies = listPolicies();
    const layouts = [];
    for (const variant of variants) {
        // Variant-level placement checks (the same for every kernel except the image size).
        const placed = [];
        let variantOk = true;
        for (const key of ['initrd', 'dtb']) {
            const p = variant[key];
            if (!p)
                continue;
            const range = c.range(key === 'dtb' ? 'DTB' : 'initrd', p.value.base, p.value.size, p.pointer);
            if (!range || !c.add(checkInsideRam(range, variant.banks)))
                variantOk = false;
            else
                placed.push({ key, range });
        }
        for (const r of reservations.placed)
            if (!c.add(checkInsideRam(r, variant.banks)))
                variantOk = false;
        if (!variant.image) {
            c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: 'kernel image placement ("image")' }, pointer: boardPointer, target: 'value' }]);
            variantOk = false;
        }
        if (!variantOk || !variant.image)
            continue;
        const image = variant.image;
        for (const entry of kernels) {
            const release = simulate_resolveKernelRelease(entry.spec);
            const versionPointer = entry.object ? child(entry.pointer, 'release') : entry.pointer;
            if (!release) {
                const known = Object.values(KERNEL_PROFILES).filter((p) => p.arch === arch).map((p) => p.series);
                c.add([{ messageId: 'unknownKernel', data: { kernel: entry.spec, known: known.join(', ') }, pointer: versionPointer, target: 'value' }]);
                continue;
            }
            const policy = entry.object?.policy;
            if (policy !== undefined && !policies.includes(policy)) {
                c.add([{ messageId: 'unknownPolicy', data: { policy, known: policies.join(', ') || 'none' }, pointer: child(entry.pointer, 'policy'), target: 'value' }]);
                continue;
            }
            const profile = kernelProfile(arch, release);
            const pageSizeName = pick(layers, 'pageSize')?.value;
            const pageSize = pageSizeName ? (PAGE_SIZES[pageSizeName] ?? 4096n) : (profile?.pageSize ?? 4096n);
            const sizeText = entry.object?.imageSize ?? image.value.size;
            const sizePointer = entry.object?.imageSize !== undefined ? child(entry.pointer, 'imageSize') : child(image.pointer, 'size');
            const imageSize = sizeText !== undefined ? c.num(sizeText, sizePointer, 'kernel image size') : profile?.imageSize;
            if (imageSize === undefined) {
                if (sizeText === undefined)
                    c.add([{ messageId: 'missingImageSize', data: { kernel: release, arch }, pointer: entry.pointer, target: 'value' }]);
                continue;
            }
            const imageBase = c.num(image.value.base, child(image.pointer, 'base'), 'kernel image base');
            if (imageBase === undefined)
                continue;
            const imageRange = { what: 'kernel image', base: imageBase, size: imageSize, pointer: image.pointer };
            if (!c.add([...checkRangeBounds(imageRange), ...checkImageAlignment(imageRange, arch)]) || !c.add(checkInsideRam(imageRange, variant.banks)))
                continue;
            if (!c.add(variant.banks.flatMap((b) => checkPageAligned(b, pageSize))))
                continue;
            const bootSize = (key) => {
                const text = entry.object?.boot?.[key] ?? pickIn(layers, 'boot', key)?.value;
                if (text === undefined)
                    return profile?.boot[key] ?? 0n;
                return c.num(text, entry.object?.boot?.[key] !== undefined ? child(entry.pointer, 'boot', key) : (pickIn(layers, 'boot', key)?.pointer ?? entry.pointer), `boot.${key}`);
            };
            const unflattenedDt = bootSize('unflattenedDt');
            const nodeData = bootSize('nodeData');
            if (unflattenedDt === undefined || nodeData === undefined)
                continue;
            const paBits = pick(layers, 'paBits')?.value ?? profile?.paBits ?? ARCH_DEFAULT_BITS[arch].pa;
            const explicitVa = pick(layers, 'vaBits')?.value;
            let vaBits = explicitVa ?? profile?.vaBits ?? ARCH_DEFAULT_BITS[arch].va;
            // A 52-bit arm64 kernel falls back to 48-bit VA at boot when the CPU lacks LPA2
            // (4K/16K pages; 64K pages reach 52 bits with FEAT_LVA alone).
            if (explicitVa === undefined && arch === 'arm64' && vaBits > 48 && pageSize !== 65536n && !cpu.lpa2)
                vaBits = 48;
            const memory = variant.banks.map((b, i) => ({ base: b.base, size: b.size, ...(variant.nomap[i] && { nomap: true }) }));
            const initrd = placed.find((p) => p.key === 'initrd')?.range;
            const dtb = placed.find((p) => p.key === 'dtb')?.range;
            const cmdlineValue = entry.object?.cmdline ?? cmdline?.value ?? schemaDefault(defs.settings, 'cmdline');
            const layout = {
                arch,
                kernel: release,
                ...optional('policy', policy),
                pageSize,
                paBits,
                vaBits,
                memory,
                image: { base: imageBase, size: imageSize },
                ...optional('initrd', initrd && { base: initrd.base, size: initrd.size }),
                ...optional('dtb', dtb && { base: dtb.base, size: dtb.size }),
                reservations: reservations.list,
                dma: dma.dma,
                devices: devices.list,
                config: decodeConfig(layers, entry.object, profile),
                cpu,
                boot: { unflattenedDt, nodeData },
                cmdline: cmdlineValue,
            };
            const layoutName = variant.name !== undefined ? `${variant.name}/${entry.spec}` : entry.spec;
            layouts.push({
                boardId: board.id,
                ...optional('boardName', board.name),
                layoutName,
                ...optional('variant', variant.name),
                kernelSpec: entry.spec,
                layout,
                pointers: {
                    board: boardPointer,
                    kernel: entry.pointer,
                    cmdline: entry.object?.cmdline !== undefined ? child(entry.pointer, 'cmdline') : (cmdline?.pointer ?? boardPointer),
                    ram: variant.pointer,
                    memory: variant.banks.map((b) => b.pointer),
                    image: image.pointer,
                    ...optional('initrd', variant.initrd?.pointer),
                    ...optional('dtb', variant.dtb?.pointer),
                    reservations: reservations.pointers,
                    devices: devices.pointers,
                },
                expect,
                severity,
                suppress,
            });
        }
    }
    return layouts;
}
/**
 * Decodes a schema-checked matrix into engine layouts.
 *
 * @param doc - the document (only boards not listed in `options.invalidBoards` are read)
 * @param options - board filter, kernel override, boards to skip
 * @returns the layouts of every board without problems, and all semantic problems
 * @example
 * decodeMatrix({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'] }] })
 *   .layouts.map((l) => l.layoutName)
 * // → ['1G/6.12', '2G/6.12', '4G/6.12', '8G/6.12', '16G/6.12']
 */
function decodeMatrix(doc, options = {}) {
    const keep = boardFilter(options.boards);
    const firstIndex = new Map();
    const layouts = [];
    const problems = [];
    doc.boards.forEach((board, index) => {
        // Ids count even on boards the schema rejected, so a duplicate of one is still caught.
        const id = typeof board?.id === 'string' ? board.id : undefined;
        const first = id === undefined ? undefined : firstIndex.get(id);
        if (id !== undefined && first === undefined)
            firstIndex.set(id, index);
        if (options.invalidBoards?.has(index))
            return;
        const c = new Collector(board.id);
        if (first !== undefined) {
            c.add([{ messageId: 'duplicateBoardId', data: { id: board.id, first: `/boards/${first}` }, pointer: `/boards/${index}/id`, target: 'value' }]);
            problems.push(...c.problems);
            return;
        }
        if (!keep(board.id))
            return;
        layouts.push(...decodeBoard(board, index, doc.defaults, options, c));
        problems.push(...c.problems);
    });
    return { layouts, problems: dedupe(problems) };
}
/** The same problem found for several kernels of one variant is reported once. */
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.pointer}\0${p.messageId}\0${JSON.stringify(p.data)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/matrix/locate.ts
/** Splits an RFC 6901 pointer into path segments (array indices become numbers). */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`assertion failed: not a JSON pointer: ${pointer}`);
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Builds a pointer from segments, escaping `~` and `/`. */
function pathToPointer(path) {
    return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
/** Offset → 1-based line and column. */
function offsetToLineColumn(doc, offset) {
    const starts = doc.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
/** A source location for a character span. */
function spanLocation(doc, file, offset, length) {
    const start = offsetToLineColumn(doc, offset);
    const end = offsetToLineColumn(doc, offset + length);
    return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, length };
}
/** Resolves a pointer to a node, stopping at the deepest ancestor that exists. */
function resolveNode(root, path) {
    let node = root;
    for (const segment of path) {
        let next;
        if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(segment)) {
            next = node.children?.[Number(segment)];
        }
        else if (node.type === 'object') {
            // The last property with the key wins, as in JSON.parse.
            const prop = [...(node.children ?? [])].reverse().find((p) => p.children?.[0]?.value === segment);
            next = prop?.children?.[1];
        }
        if (!next)
            return node;
        node = next;
    }
    return node;
}
/**
 * Locates a JSON Pointer in a parsed document.
 *
 * @param doc - the parsed file
 * @param file - the path reported in the location
 * @param pointer - where the value is
 * @param target - `'key'` to point at the property name instead of its value
 * @returns the location; a pointer to a missing value resolves to its nearest existing ancestor
 * @example
 * locate(parseDocument('{\n  "a": [1, 2]\n}'), 'm.json', '/a/1')
 * // → { file: 'm.json', line: 2, column: 12, endLine: 2, endColumn: 13, offset: 13, length: 1 }
 */
function locate(doc, file, pointer, target = 'value') {
    if (!doc.root)
        return spanLocation(doc, file, 0, 0);
    const path = pointerToPath(pointer);
    const node = resolveNode(doc.root, path);
    if (target === 'key' && node.parent?.type === 'property' && node.parent.children?.[0]) {
        const key = node.parent.children[0];
        return spanLocation(doc, file, key.offset, key.length);
    }
    return spanLocation(doc, file, node.offset, node.length);
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(547);
;// CONCATENATED MODULE: ./src/matrix/parse.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * Text → syntax tree with offsets (jsonc-parser), plus every syntax problem with its
 * position. Comments and trailing commas are accepted (the matrix is JSONC, as VS Code
 * treats `*.json` files with a `$schema`).
 */

/** Why-comment: jsonc-parser's codes are enum names like "CommaExpected"; make them words. */
function describeParseError(error) {
    const code = (0,main.printParseErrorCode)(error.error);
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
function computeLineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
        else if (c === 10 /* \n */) {
            starts.push(i + 1);
        }
    }
    return starts;
}
function findDuplicateKeys(node, out) {
    if (!node)
        return;
    if (node.type === 'object') {
        const seen = new Set();
        for (const prop of node.children ?? []) {
            const key = prop.children?.[0];
            if (key && typeof key.value === 'string') {
                if (seen.has(key.value)) {
                    out.push({ messageId: 'duplicateKey', data: { key: key.value }, offset: key.offset, length: key.length });
                }
                seen.add(key.value);
            }
            findDuplicateKeys(prop.children?.[1], out);
        }
    }
    else if (node.type === 'array') {
        for (const child of node.children ?? [])
            findDuplicateKeys(child, out);
    }
}
/**
 * Parses a matrix file.
 *
 * @param text - the file's content
 * @returns the tree, the value and all syntax problems (never throws)
 * @example
 * parseDocument('{"version": 1,, }').problems[0]
 * // → { messageId: 'syntaxError', data: { error: 'value expected' }, offset: 14, length: 1 }
 */
function parseDocument(text) {
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    // jsonc-parser may report two errors for one spot ("property name expected" and "value
    // expected" for `,,`); one problem per position is enough.
    const seenOffsets = new Set();
    const problems = [];
    for (const e of errors) {
        if (seenOffsets.has(e.offset))
            continue;
        seenOffsets.add(e.offset);
        problems.push({ messageId: 'syntaxError', data: { error: describeParseError(e) }, offset: e.offset, length: e.length });
    }
    if (root === undefined && errors.length === 0) {
        problems.push({ messageId: 'syntaxError', data: { error: 'the file is empty' }, offset: 0, length: 0 });
    }
    findDuplicateKeys(root, problems);
    problems.sort((a, b) => a.offset - b.offset);
    return { text, root, value: root ? (0,main.getNodeValue)(root) : undefined, problems, lineStarts: computeLineStarts(text) };
}

// EXTERNAL MODULE: ./src/matrix/generated/validate-board-matrix.cjs
var validate_board_matrix = __nccwpck_require__(933);
var validate_board_matrix_default = /*#__PURE__*/__nccwpck_require__.n(validate_board_matrix);
;// CONCATENATED MODULE: ./src/matrix/validate.ts



/** What a string of a titled definition should look like, for pattern errors. */
const FORMAT_BY_TITLE = {
    Size: 'a size (hex 0x…, or a decimal number, with an optional K/M/G/T/P/E suffix)',
    Address: 'an address (hex 0x…, or a decimal number, with an optional K/M/G/T/P/E suffix)',
    KernelVersion: 'a kernel release or series such as "6.1.192" or "6.12"',
    RuleRef: 'a rule id such as "CK001" or a rule name such as "crashkernel-not-reserved"',
};
function describeValue(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return String(value);
}
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (Number.isInteger(value))
        return 'integer';
    return typeof value;
}
function valueAt(root, pointer) {
    let node = root;
    for (const seg of pointerToPath(pointer)) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[seg];
    }
    return node;
}
/** Levenshtein distance, for "did you mean" hints on misspelt property names. */
function distance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0] ?? 0;
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j] ?? 0;
            prev[j] = Math.min((prev[j] ?? 0) + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length] ?? 0;
}
function allowedProperties(parent) {
    const names = Object.keys(parent?.properties ?? {});
    for (const part of parent?.allOf ?? []) {
        const def = part.$ref?.replace('#/$defs/', '');
        const target = def ? boardMatrixSchema.$defs[def] : undefined;
        names.push(...Object.keys(target?.properties ?? {}));
    }
    return names;
}
function hintFor(name, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = distance(name.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? `; did you mean "${best}"?` : '';
}
/** Drops the branch noise of oneOf/discriminator/propertyNames errors (see the file comment). */
function simplifyErrors(errors) {
    const out = [];
    for (const error of errors) {
        if (error.keyword === 'discriminator' || error.keyword === 'if')
            continue; // the `kind` enum/required error says it better
        if (error.keyword === 'propertyNames') {
            // ajv reports the failing name's pattern error at the object's path just before this one.
            while (out.length > 0 && out[out.length - 1]?.instancePath === error.instancePath && out[out.length - 1]?.keyword !== 'propertyNames')
                out.pop();
            out.push(error);
            continue;
        }
        if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') {
            out.push(error);
            continue;
        }
        // Branch errors are the run just before this error, at or under its instancePath.
        const at = error.instancePath;
        let start = out.length;
        while (start > 0) {
            const prev = out[start - 1];
            if (!prev || !(prev.instancePath === at || prev.instancePath.startsWith(`${at}/`)))
                break;
            start--;
        }
        const branch = out.splice(start);
        if (error.parentSchema?.title === 'Device') {
            out.push(error); // one tailored message instead of two "required" errors
            continue;
        }
        const typeMisses = branch.filter((e) => e.keyword === 'type' && e.instancePath === at);
        const rest = branch.filter((e) => !typeMisses.includes(e));
        if (rest.length > 0)
            out.push(...rest);
        else if (typeMisses.length > 0)
            out.push({ ...error, keyword: 'type', params: { type: typeMisses.map((e) => String(e.params.type)).join(' or ') } });
        else
            out.push(error);
    }
    return out;
}
function toProblem(error, data) {
    const pointer = error.instancePath;
    const value = valueAt(data, pointer);
    const title = error.parentSchema?.title;
    switch (error.keyword) {
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const name = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
            return {
                messageId: 'unknownProperty',
                data: { property: name, hint: hintFor(name, allowedProperties(error.parentSchema)) },
                pointer: pathToPointer([...pointerToPath(pointer), name]),
                target: 'key',
            };
        }
        case 'required':
            return { messageId: 'missingProperty', data: { property: String(error.params.missingProperty) }, pointer, target: 'value' };
        case 'type':
            return { messageId: 'wrongType', data: { expected: String(error.params.type), actual: jsonType(value) }, pointer, target: 'value' };
        case 'enum':
        case 'const': {
            const allowed = (error.params.allowedValues ?? [error.params.allowedValue]);
            return { messageId: 'notAllowed', data: { value: describeValue(value), allowed: allowed.map((v) => JSON.stringify(v)).join(', ') }, pointer, target: 'value' };
        }
        case 'pattern': {
            const what = (title && FORMAT_BY_TITLE[title]) ?? (pointer.endsWith('/id') ? 'a board id (letters, digits, ".", "_" and "-")' : `matching ${String(error.params.pattern)}`);
            return { messageId: 'badFormat', data: { value: describeValue(value), what }, pointer, target: 'value' };
        }
        case 'propertyNames': {
            const name = String(error.params.propertyName);
            return {
                messageId: 'badFormat',
                data: { value: JSON.stringify(name), what: FORMAT_BY_TITLE.RuleRef ?? '' },
                pointer: pathToPointer([...pointerToPath(pointer), name]),
                target: 'key',
            };
        }
        case 'minItems':
        case 'minLength':
            return { messageId: 'tooFew', data: { limit: String(error.params.limit), unit: error.keyword === 'minItems' ? 'item' : 'character' }, pointer, target: 'value' };
        case 'minimum':
        case 'maximum':
            return { messageId: 'outOfRange', data: { value: describeValue(value), comparison: String(error.params.comparison), limit: String(error.params.limit) }, pointer, target: 'value' };
        case 'not':
            if (title === 'Settings') {
                const present = ['memory', 'ram', 'ramSize'].filter((k) => value !== null && typeof value === 'object' && k in value);
                const [a = 'memory', b = 'ram'] = present;
                return { messageId: 'exclusive', data: { a, b }, pointer: `${pointer}/${b}`, target: 'key' };
            }
            break;
        case 'oneOf':
            if (title === 'Device') {
                const both = Array.isArray(error.params.passingSchemas);
                const name = String(value?.name ?? '');
                return { messageId: 'deviceReach', data: { name, problem: both ? 'gives both "dmaLimit" and "bus"; keep one' : 'needs "dmaLimit" or "bus"' }, pointer, target: 'value' };
            }
            break;
    }
    return { messageId: 'other', data: { message: error.message ?? error.keyword }, pointer, target: 'value' };
}
/**
 * Validates a parsed matrix against the board-matrix schema.
 *
 * @param data - the JSON value of the document
 * @returns every violation (allErrors), simplified and located by pointer; [] when valid
 * @example
 * validateMatrix({ version: 1, boards: [{ id: 'x', arch: 'arm65' }] })
 * // → [{ messageId: 'notAllowed', data: { value: '"arm65"', allowed: '"arm64", "x86_64", "riscv64"' },
 * //      pointer: '/boards/0/arch', target: 'value' }]
 */
function validateMatrix(data) {
    if (validate_board_matrix_default()(data))
        return [];
    const errors = simplifyErrors(((validate_board_matrix_default()).errors ?? []));
    const seen = new Set();
    const problems = [];
    for (const error of errors) {
        const problem = toProblem(error, data);
        const key = `${problem.pointer}\0${problem.messageId}\0${JSON.stringify(problem.data)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/rules/define-rule.ts
/** Base of the per-rule documentation (docs/rules/<ID>.md in the repository). */
const RULE_DOCS_BASE = 'https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/rules/';
/**
 * Declares a rule and fills in its docs URL.
 *
 * @param rule - id, name, meta and optionally check
 * @returns the rule with `docsUrl`
 * @example
 * defineRule({ id: 'SC001', name: 'json-syntax', meta: { … } }).docsUrl
 * // → 'https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/rules/SC001.md'
 */
function defineRule(rule) {
    return { ...rule, docsUrl: `${RULE_DOCS_BASE}${rule.id}.md` };
}
/**
 * Renders a message template; a placeholder without data stays visible (a bug, not a crash).
 *
 * @example
 * renderMessage('unknown property "{{property}}"', { property: 'confg' }) // → 'unknown property "confg"'
 */
function renderMessage(template, data) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => (Object.hasOwn(data, key) ? (data[key] ?? '') : whole));
}

;// CONCATENATED MODULE: ./src/rules/sc001-json-syntax.ts
// SPDX-License-Identifier: GPL-2.0-only

/** The matrix file is not valid JSON (with comments). Reported by the loader (src/matrix/parse.ts). */
/* harmony default export */ const sc001_json_syntax = (defineRule({
    id: 'SC001',
    name: 'json-syntax',
    meta: {
        type: 'problem',
        defaultSeverity: 'error',
        description: 'The matrix file must be valid JSON (comments and trailing commas are accepted) without repeated keys.',
        kernel: [],
        messages: {
            syntaxError: 'JSON syntax error: {{error}}',
            duplicateKey: 'key "{{key}}" appears twice in this object; only the last one would count',
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/sc002-schema-violation.ts
// SPDX-License-Identifier: GPL-2.0-only

/** A value breaks schemas/board-matrix.schema.json. Reported by the loader (src/matrix/validate.ts). */
/* harmony default export */ const sc002_schema_violation = (defineRule({
    id: 'SC002',
    name: 'schema-violation',
    meta: {
        type: 'problem',
        defaultSeverity: 'error',
        description: 'The matrix must follow the board-matrix schema (schemas/board-matrix.schema.json, docs/format.md).',
        kernel: [],
        messages: {
            unknownProperty: 'unknown property "{{property}}"{{hint}}',
            missingProperty: 'missing required property "{{property}}"',
            wrongType: 'expected {{expected}}, found {{actual}}',
            notAllowed: '{{value}} is not allowed here; expected one of {{allowed}}',
            badFormat: '{{value}} is not {{what}}',
            tooFew: 'needs at least {{limit}} {{unit}}(s)',
            outOfRange: '{{value}} must be {{comparison}} {{limit}}',
            exclusive: '"{{a}}" and "{{b}}" are mutually exclusive; keep one',
            deviceReach: 'device "{{name}}" {{problem}}',
            other: '{{message}}',
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/sc003-semantic.ts
// SPDX-License-Identifier: GPL-2.0-only

/** Values that are well-formed but inconsistent. Reported by the loader (src/matrix/decode.ts, semantic.ts). */
/* harmony default export */ const sc003_semantic = (defineRule({
    id: 'SC003',
    name: 'invalid-board',
    meta: {
        type: 'problem',
        defaultSeverity: 'error',
        description: 'A board must describe a layout the kernel could boot: known preset and kernel, RAM banks that do not overlap, reservations inside RAM, aligned bases.',
        kernel: ['mm/memblock.c memblock_add', 'drivers/of/of_reserved_mem.c', 'arch/arm64/kernel/head.S (2 MiB aligned Image)'],
        messages: {
            duplicateBoardId: 'board id "{{id}}" is already used by {{first}}',
            unknownPreset: 'unknown preset "{{name}}"; built-in presets: {{known}}',
            missingSetting: 'board "{{id}}" sets no {{setting}}; set it here, in "defaults", or extend a preset that does',
            duplicateVariant: 'RAM variant "{{name}}" is defined twice',
            overlappingBanks: '{{what}} [{{start}}, {{end}}) overlaps {{other}} [{{otherStart}}, {{otherEnd}})',
            notPageAligned: '{{what}} {{value}} is not a multiple of the {{pageSize}} page size',
            outsideRam: '{{what}} [{{start}}, {{end}}) is not inside RAM: [{{gapStart}}, {{gapEnd}}) is in no bank',
            imageMisaligned: 'kernel image base {{base}} is not 2 MiB aligned, which the {{arch}} boot protocol requires',
            alignNotPowerOfTwo: 'alignment {{value}} is not a power of two',
            unknownBus: 'device "{{device}}" is behind bus "{{bus}}", but no dma.ranges entry names that node (known: {{known}})',
            valueOutOfRange: '{{what}} {{value}} does not fit in 64 bits',
            emptyRange: '{{what}} has size 0',
            unknownKernel: 'kernel "{{kernel}}" is not modelled; Debian profiles exist for {{known}}',
            unknownPolicy: 'unknown engine policy "{{policy}}"; known: {{known}}',
            missingImageSize: 'no kernel image size for {{kernel}} on {{arch}} (no Debian profile); set "imageSize" on the kernel or "image.size"',
            ramSizeWithoutPreset: '"ramSize" needs a preset that derives RAM from a size ({{presets}}); give "memory" or "ram" instead',
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/sc004-not-simulated.ts
// SPDX-License-Identifier: GPL-2.0-only

/**
 * The engine has no model for this layout (an architecture or kernel it does not simulate
 * yet). Not a mistake in the matrix, so a warning: the layout is simply not checked.
 */
/* harmony default export */ const sc004_not_simulated = (defineRule({
    id: 'SC004',
    name: 'layout-not-simulated',
    meta: {
        type: 'info',
        defaultSeverity: 'warning',
        description: 'A layout the engine cannot simulate is reported and skipped, so a gap in coverage is never silent.',
        kernel: [],
        messages: {
            notSimulated: 'not checked: the engine cannot simulate this layout ({{reason}})',
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts





/** Every rule, sorted by id. */
const RULES = [sc001_json_syntax, sc002_schema_violation, sc003_semantic, sc004_not_simulated];
/** Rules by id and by name. */
const BY_REF = new Map(RULES.flatMap((r) => [[r.id, r], [r.name, r]]));
/**
 * Finds a rule by id (`SC002`) or name (`schema-violation`).
 *
 * @returns the rule, or undefined
 */
function getRule(ref) {
    return BY_REF.get(ref);
}
/** The loader's rules, typed for the loader's message ids. */
const SC_RULES = { syntax: sc001_json_syntax, schema: sc002_schema_violation, semantic: sc003_semantic, notSimulated: sc004_not_simulated };

;// CONCATENATED MODULE: ./src/rules/run.ts


/** Turns a rule report into a finding (location filled in by the caller's locator). */
function makeFinding(rule, report, where) {
    const template = rule.meta.messages[report.messageId];
    if (template === undefined)
        throw new Error(`assertion failed: rule ${rule.id} has no message ${report.messageId}`);
    return {
        ruleId: rule.id,
        ruleName: rule.name,
        severity: rule.meta.defaultSeverity,
        messageId: report.messageId,
        message: renderMessage(template, report.data),
        data: report.data,
        file: where.file,
        ...(where.boardId !== undefined && { boardId: where.boardId }),
        ...(where.layoutName !== undefined && { layoutName: where.layoutName }),
        ...(where.kernel !== undefined && { kernel: where.kernel }),
        pointer: report.at,
        ...(where.location !== undefined && { location: where.location }),
        evidence: report.evidence ?? [],
        ...(report.suggestion !== undefined && { suggestion: report.suggestion }),
        docsUrl: rule.docsUrl,
    };
}
/**
 * Runs every rule that has a `check` on one layout.
 *
 * @param layout - the decoded layout
 * @param sim - the engine's result for it
 * @param locate - pointer → location in the matrix file
 * @returns the findings, before severity overrides and suppressions
 */
function runLayoutRules(layout, sim, file, locate) {
    const findings = [];
    for (const rule of RULES) {
        if (!rule.check)
            continue;
        rule.check({
            layout,
            sim,
            report: (r) => findings.push(makeFinding(rule, r, { file, location: locate(r.at), boardId: layout.boardId, layoutName: layout.layoutName, kernel: layout.layout.kernel })),
        });
    }
    return findings;
}
/**
 * Applies a board's severity overrides (`off` drops the finding) and suppressions (the
 * finding stays in the report, marked, and is not counted).
 */
function applyBoardPolicy(findings, policy) {
    if (!policy)
        return [...findings];
    const out = [];
    for (const f of findings) {
        const rule = getRule(f.ruleId);
        const override = policy.severity[f.ruleId] ?? (rule ? policy.severity[rule.name] : undefined);
        if (override === 'off')
            continue;
        const suppression = policy.suppress.find((s) => s.rule === f.ruleId || s.rule === f.ruleName);
        out.push({ ...f, ...(override !== undefined && { severity: override }), ...(suppression && { suppressed: { reason: suppression.reason } }) });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/version.ts
// SPDX-License-Identifier: GPL-2.0-only
/** crashkernel-check's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';
/** The tool name used in reports, SARIF and the job summary. */
const TOOL_NAME = 'crashkernel-check';

;// CONCATENATED MODULE: ./src/report/annotations.ts
/** GitHub's per-step cap for each annotation level. */
const MAX_PER_LEVEL = 10;
/** GitHub's per-job cap over all levels. */
const MAX_PER_JOB = 50;
const LEVEL = { error: 'error', warning: 'warning', note: 'notice' };
const RANK = { error: 0, warning: 1, note: 2 };
function toAnnotation(f) {
    const loc = f.location;
    const where = f.boardId ? ` [${f.boardId}${f.layoutName ? ` ${f.layoutName}` : ''}]` : '';
    return {
        level: LEVEL[f.severity],
        message: `${f.message}${where}`,
        title: `${f.ruleId} ${f.ruleName}`,
        file: f.file,
        ...(loc && {
            startLine: loc.line,
            endLine: loc.line,
            startColumn: loc.column,
            // GitHub ignores columns on multi-line spans; keep the span on its first line.
            ...(loc.endLine === loc.line && loc.endColumn > loc.column && { endColumn: loc.endColumn }),
        }),
        finding: f,
    };
}
/**
 * Plans the annotations for a report.
 *
 * @param report - the report
 * @param limits - caps (defaults: GitHub's)
 * @returns annotations to emit and findings left over
 * @example
 * toAnnotations(reportWith12Errors).emit.length   // → 10
 * toAnnotations(reportWith12Errors).overflow.length // → 2
 */
function toAnnotations(report, limits = { perLevel: MAX_PER_LEVEL, perJob: MAX_PER_JOB }) {
    const active = report.findings.filter((f) => !f.suppressed);
    const ordered = [...active].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || (a.location?.offset ?? -1) - (b.location?.offset ?? -1));
    const used = { error: 0, warning: 0, notice: 0 };
    const emit = [];
    const overflow = [];
    for (const f of ordered) {
        const level = LEVEL[f.severity];
        if (used[level] < limits.perLevel && emit.length < limits.perJob) {
            used[level]++;
            emit.push(toAnnotation(f));
        }
        else {
            overflow.push(f);
        }
    }
    return { emit, overflow };
}

;// CONCATENATED MODULE: ./src/report/github.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * Workflow commands (`::error file=…,line=…,col=…::message`) for `--format github`, escaped as
 * @actions/core escapes them (toolkit packages/core/src/command.ts), within the annotation
 * caps; the rest is summarised in a final `::notice`.
 */

function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command line for an annotation. */
function annotationCommand(a) {
    const props = [
        ['title', a.title],
        ['file', a.file],
        ['line', a.startLine],
        ['endLine', a.endLine],
        ['col', a.startColumn],
        ['endColumn', a.endColumn],
    ];
    const list = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${a.level} ${list.join(',')}::${escapeData(a.message)}`;
}
/** Formats a report as GitHub workflow commands. */
function formatGithub(report, _ctx = {}) {
    const plan = toAnnotations(report);
    const lines = plan.emit.map(annotationCommand);
    if (plan.overflow.length > 0)
        lines.push(`::notice::${plan.overflow.length} more finding(s) not annotated (GitHub shows at most 10 per level); see the job summary or --format text`);
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * JSON.stringify replacer for bigint.
 *
 * @example
 * JSON.stringify({ base: 0xec000000n }, bigintReplacer) // → '{"base":"0x00000000ec000000"}'
 */
function bigintReplacer(_key, value) {
    return typeof value === 'bigint' ? `0x${BigInt.asUintN(64, value).toString(16).padStart(16, '0')}` : value;
}
/** Formats a report as indented JSON (one trailing newline). */
function formatJson(report, _ctx = {}) {
    return `${JSON.stringify(report, bigintReplacer, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/describe.ts

/**
 * One line saying where crashkernel went.
 *
 * @example
 * describeCrashkernel(sim) // → 'reserved 256 MiB at [0x00000000ec000000, 0x00000000fc000000)'
 */
function describeCrashkernel(sim) {
    const ck = sim.crashkernel;
    switch (ck.kind) {
        case 'not-requested':
            return 'not requested';
        case 'ignored':
            return `ignored (${ck.reason})`;
        case 'reserved': {
            const main = `reserved ${size_fmtSize(ck.main.size)} at [${size_fmtPhys(ck.main.base)}, ${size_fmtPhys(ck.main.base + ck.main.size)})`;
            const low = ck.low ? ` + low ${size_fmtSize(ck.low.size)} at [${size_fmtPhys(ck.low.base)}, ${size_fmtPhys(ck.low.base + ck.low.size)})` : '';
            return `${main}${low}${ck.fellBack ? ' (fell back)' : ''}`;
        }
        case 'failed':
            return `failed: ${size_fmtSize(ck.size)} (${ck.reason})`;
        case 'hang':
            return `boot hangs retrying ${size_fmtSize(ck.size)}`;
    }
}
/** The "Zone ranges" in one line: `DMA [..]  DMA32 empty  Normal [..]`. */
function describeZones(sim) {
    if (sim.zones.length === 0)
        return '—';
    return sim.zones.map((z) => (z.start === null || z.end === null ? `${z.name} empty` : `${z.name} ${size_fmtPhys(z.start)}-${size_fmtPhys(z.end)}`)).join(', ');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * The job summary (GitHub-flavoured Markdown): totals, the findings with their position,
 * the annotations that did not fit (nothing is dropped silently), and one row per simulated
 * layout with where crashkernel landed and the zones.
 */

const ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' };
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function where(f) {
    return f.location ? `${f.file}:${f.location.line}:${f.location.column}` : f.file;
}
function findingRow(f) {
    const scope = f.boardId ? `${f.boardId}${f.layoutName ? ` ${f.layoutName}` : ''}` : '';
    return `| ${ICON[f.severity]} ${f.severity} | \`${cell(where(f))}\` | ${cell(scope)} | ${cell(f.message)} | [${f.ruleId}](${f.docsUrl}) |`;
}
/**
 * Formats the job summary.
 *
 * @param report - the report
 * @param ctx - `overflow`: findings that got no annotation (listed under "Not annotated")
 * @returns Markdown
 */
function formatMarkdown(report, ctx = {}) {
    const c = report.counts;
    const out = ['## crashkernel-check', ''];
    const status = c.error > 0 ? '❌' : c.warning > 0 ? '⚠️' : '✅';
    out.push(`${status} **${c.error}** error(s), **${c.warning}** warning(s), **${c.note}** note(s)${c.suppressed ? `, ${c.suppressed} suppressed` : ''} — ${report.layouts.length} layout(s) simulated from ${report.files.map((f) => `\`${f}\``).join(', ')}.`, '');
    const active = report.findings.filter((f) => !f.suppressed);
    if (active.length > 0) {
        out.push('### Findings', '', '| severity | where | board / layout | message | rule |', '|---|---|---|---|---|', ...active.map(findingRow), '');
    }
    const overflow = ctx.overflow ?? [];
    if (overflow.length > 0) {
        out.push('### Not annotated', '', `GitHub shows at most 10 annotations per level and step; ${overflow.length} more not shown as annotations:`, '', ...overflow.map((f) => `- \`${where(f)}\` ${f.severity} ${cell(f.message)} (${f.ruleId})`), '');
    }
    const suppressed = report.findings.filter((f) => f.suppressed);
    if (suppressed.length > 0) {
        out.push('<details><summary>Suppressed findings</summary>', '', ...suppressed.map((f) => `- \`${where(f)}\` ${f.ruleId}: ${cell(f.message)} — ${cell(f.suppressed?.reason ?? '')}`), '', '</details>', '');
    }
    if (report.layouts.length > 0) {
        out.push('### Layouts', '', '| board | layout | kernel | crashkernel | zones |', '|---|---|---|---|---|');
        for (const l of report.layouts) {
            out.push(`| ${cell(l.boardId)} | ${cell(l.layoutName)} | ${l.kernel} | ${cell(describeCrashkernel(l.result))} | ${cell(describeZones(l.result))} |`);
        }
        out.push('');
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/stylish.ts
function pad(text, width) {
    return text.length >= width ? text : text + ' '.repeat(width - text.length);
}
/**
 * Formats a report for a terminal.
 *
 * @example
 * formatStylish(report)
 * // → 'examples/broken.json\n   12:7  error  unknown property "confg"  SC002 schema-violation\n\n✖ 1 problem (1 error, 0 warnings, 0 notes)\n…'
 */
function formatStylish(report, _ctx = {}) {
    const lines = [];
    for (const file of report.files) {
        const findings = report.findings.filter((f) => f.file === file && !f.suppressed);
        if (findings.length === 0)
            continue;
        lines.push(file);
        const rows = findings.map((f) => {
            const where = f.location ? `${f.location.line}:${f.location.column}` : '0:0';
            const scope = f.boardId ? ` [${f.boardId}${f.layoutName ? ` ${f.layoutName}` : ''}]` : '';
            return [where, f.severity, `${f.message}${scope}`, `${f.ruleId} ${f.ruleName}`];
        });
        const w0 = Math.max(...rows.map((r) => r[0].length));
        const w1 = Math.max(...rows.map((r) => r[1].length));
        for (const [where, severity, message, rule] of rows)
            lines.push(`  ${where.padStart(w0)}  ${pad(severity, w1)}  ${message}  ${rule}`);
        lines.push('');
    }
    const c = report.counts;
    const total = c.error + c.warning + c.note;
    const mark = total === 0 ? '✔' : '✖';
    lines.push(`${mark} ${total} problem${total === 1 ? '' : 's'} (${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.note} note${c.note === 1 ? '' : 's'})${c.suppressed ? `, ${c.suppressed} suppressed` : ''}`);
    const boards = new Set(report.layouts.map((l) => `${l.file}\0${l.boardId}`)).size;
    lines.push(`${report.layouts.length} layout${report.layouts.length === 1 ? '' : 's'} of ${boards} board${boards === 1 ? '' : 's'} simulated in ${report.files.length} file${report.files.length === 1 ? '' : 's'}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/formatters.ts





/** Formatters by `--format` name. */
const formatters = {
    text: formatStylish,
    json: formatJson,
    markdown: formatMarkdown,
    github: formatGithub,
};

;// CONCATENATED MODULE: ./src/index.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * crashkernel-check as a library: check(text, path, options) → Report, plus the formatters.
 * The CLI (src/cli) and the action (src/action) are thin wrappers around this module.
 *
 * Pipeline: parse (jsonc-parser, positions kept) → validate (precompiled ajv) → decode
 * (merge presets/defaults, bigint, semantic checks) → simulate each layout (src/engine) →
 * rules → findings located at file:line:col.
 */















const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
/** Why: the engine signals "not modelled" with named errors it does not export (yet). */
function isUnsupported(error) {
    return error instanceof Error && /^Unsupported/.test(error.name);
}
function sortFindings(findings) {
    return findings.sort((a, b) => a.file.localeCompare(b.file) ||
        (a.location?.offset ?? -1) - (b.location?.offset ?? -1) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.message.localeCompare(b.message));
}
/** Counts findings by severity; suppressed ones only in `suppressed`. */
function countFindings(findings) {
    const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
    for (const f of findings) {
        if (f.suppressed)
            counts.suppressed++;
        else
            counts[f.severity]++;
    }
    return counts;
}
/** Boards whose values the schema rejected (decoding them would report noise), or all of them. */
function invalidBoards(doc, pointers) {
    const value = doc.value;
    if (!value || typeof value !== 'object' || !Array.isArray(value.boards))
        return 'all';
    const set = new Set();
    for (const p of pointers) {
        if (p === '/defaults' || p.startsWith('/defaults/') || p === '/boards')
            return 'all';
        const m = /^\/boards\/(\d+)(\/|$)/.exec(p);
        if (m?.[1] !== undefined)
            set.add(Number(m[1]));
    }
    return set;
}
/**
 * Checks one board-matrix file.
 *
 * @param text - the file's content
 * @param path - the path to report (relative to the repository root for annotations)
 * @param options - board filter, kernel override, logger
 * @returns every finding (syntax, schema, semantic, engine rules) and every simulated layout
 * @throws ConfigurationError for a kernel override that names no modelled kernel
 * @example
 * check('{ "version": 1, "boards": [{ "id": "vm", "extends": "qemu-virt-arm64", "kernels": ["6.12"], "confg": {} }] }', 'm.json')
 *   .findings.map((f) => `${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.message}`)
 * // → ['1:85 SC002 unknown property "confg"; did you mean "config"?']
 */
function check(text, path, options = {}) {
    for (const k of options.kernels ?? []) {
        if (!simulate_resolveKernelRelease(k))
            throw new ConfigurationError(`kernel override "${k}" is not a kernel crashkernel-check models`, { docsPath: 'docs/format.md#kernel' });
    }
    const doc = parseDocument(text);
    const at = (pointer, target = 'value') => locate(doc, path, pointer, target);
    const findings = [];
    const layouts = [];
    const report = () => {
        const sorted = sortFindings(findings);
        return { tool: { name: TOOL_NAME, version: VERSION }, files: [path], findings: sorted, layouts, counts: countFindings(sorted) };
    };
    for (const p of doc.problems) {
        findings.push(makeFinding(SC_RULES.syntax, { messageId: p.messageId, data: p.data, at: '' }, { file: path, location: spanOf(doc, path, p.offset, p.length) }));
    }
    // A syntax error leaves the structure ambiguous: stop, as ESLint does with a fatal parse error.
    if (doc.problems.some((p) => p.messageId === 'syntaxError'))
        return report();
    const schemaProblems = validateMatrix(doc.value);
    for (const p of schemaProblems) {
        const boardId = boardIdAt(doc.value, p.pointer);
        findings.push(makeFinding(SC_RULES.schema, { messageId: p.messageId, data: p.data, at: p.pointer }, { file: path, location: at(p.pointer, p.target), ...(boardId !== undefined && { boardId }) }));
    }
    const invalid = invalidBoards(doc, schemaProblems.map((p) => p.pointer));
    if (invalid === 'all')
        return report();
    const decoded = decodeMatrix(doc.value, {
        invalidBoards: invalid,
        ...(options.boards !== undefined && { boards: options.boards }),
        ...(options.kernels !== undefined && { kernels: options.kernels }),
    });
    for (const p of decoded.problems) {
        findings.push(makeFinding(SC_RULES.semantic, { messageId: p.messageId, data: p.data, at: p.pointer }, { file: path, location: at(p.pointer, p.target), ...(p.boardId !== undefined && { boardId: p.boardId }) }));
    }
    const policies = new Map();
    for (const layout of decoded.layouts) {
        policies.set(layout.boardId, { severity: layout.severity, suppress: layout.suppress });
        const sim = simulateLayout(layout, path, at, findings);
        if (!sim)
            continue;
        layouts.push({ file: path, boardId: layout.boardId, layoutName: layout.layoutName, kernel: layout.layout.kernel, pointer: layout.pointers.board, result: sim });
        findings.push(...runLayoutRules(layout, sim, path, (p) => at(p)));
    }
    options.logger?.info(`${path}: ${decoded.layouts.length} layout(s) of ${policies.size} board(s) simulated`);
    const withPolicy = findings.flatMap((f) => (f.boardId !== undefined ? applyBoardPolicy([f], policies.get(f.boardId)) : [f]));
    findings.length = 0;
    findings.push(...withPolicy);
    return report();
}
function spanOf(doc, path, offset, length) {
    return spanLocation(doc, path, offset, length);
}
function boardIdAt(value, pointer) {
    const m = /^\/boards\/(\d+)(\/|$)/.exec(pointer);
    if (!m?.[1])
        return undefined;
    const board = value.boards?.[Number(m[1])];
    return typeof board?.id === 'string' ? board.id : undefined;
}
/** Simulates one layout; an unmodelled combination becomes an SC004 finding, anything else is a bug. */
function simulateLayout(layout, path, at, findings) {
    try {
        return simulate(layout.layout);
    }
    catch (error) {
        if (isUnsupported(error)) {
            findings.push(makeFinding(SC_RULES.notSimulated, { messageId: 'notSimulated', data: { reason: error.message }, at: layout.pointers.kernel }, { file: path, boardId: layout.boardId, layoutName: layout.layoutName, kernel: layout.layout.kernel, ...withLocation(at(layout.pointers.kernel)) }));
            return undefined;
        }
        throw new InternalError(`simulating ${layout.boardId} ${layout.layoutName} (${layout.layout.kernel}): ${errorMessage(error)}`, { cause: error });
    }
}
function withLocation(location) {
    return location ? { location } : {};
}
/**
 * Merges the reports of several files into one (files in order, findings re-sorted).
 *
 * @param reports - one report per file
 * @returns a single report
 */
function mergeReports(reports) {
    const findings = sortFindings(reports.flatMap((r) => r.findings));
    return {
        tool: { name: TOOL_NAME, version: VERSION },
        files: reports.flatMap((r) => r.files),
        findings,
        layouts: reports.flatMap((r) => r.layouts),
        counts: countFindings(findings),
    };
}
/**
 * Whether a report fails at a threshold (`never` never fails).
 *
 * @example
 * failsAt({ …, counts: { error: 0, warning: 2, note: 0, suppressed: 0 } }, 'warning') // → true
 */
function failsAt(report, threshold) {
    if (threshold === 'never')
        return false;
    const c = report.counts;
    if (threshold === 'error')
        return c.error > 0;
    if (threshold === 'warning')
        return c.error + c.warning > 0;
    return c.error + c.warning + c.note > 0;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// SPDX-License-Identifier: GPL-2.0-only
/**
 * The CLI: `crashkernel-check check [files…] [options]`. main() does argument handling and
 * I/O through `io` and returns the exit code (ESLint's cli.execute): 0 nothing at or above
 * --fail-on, 1 findings at or above it, 2 configuration or internal error.
 */




const HELP = `Usage: crashkernel-check check [files…] [options]

Checks board-matrix files (JSON with comments) for crash-kernel (kdump) reservation
problems by simulating the Linux kernel. Default file: examples/boards.json.

Options:
  --format <name>    text (default), json, markdown or github (workflow commands)
  --boards <ids>     only these board ids (comma-separated, * wildcards)
  --kernel <list>    check these kernels instead of each board's (comma-separated,
                     releases like 6.1.192 or series like 6.12)
  --fail-on <level>  error (default), warning, note or never
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage or internal error.
Format reference: docs/format.md
`;
const FAIL_ON = ['error', 'warning', 'note', 'never'];
function list(value) {
    if (value === undefined)
        return undefined;
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    return items.length > 0 ? items : undefined;
}
/**
 * Runs the CLI.
 *
 * @param argv - arguments after the program name
 * @param io - output and file access
 * @returns the exit code
 * @example
 * await main(['check', 'examples/boards.json', '--format', 'json'], nodeIO) // → 0
 */
async function main_main(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                boards: { type: 'string' },
                kernel: { type: 'string' },
                'fail-on': { type: 'string', default: 'error' },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (error) {
        io.stderr(`crashkernel-check: ${errorMessage(error)}\n\n${HELP}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (values.version) {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const [command, ...files] = positionals;
    if (command !== 'check') {
        io.stderr(`crashkernel-check: ${command === undefined ? 'missing command' : `unknown command "${command}"`}\n\n${HELP}`);
        return 2;
    }
    const format = values.format;
    if (!Object.hasOwn(formatters, format)) {
        io.stderr(`crashkernel-check: unknown format "${values.format}"; expected ${Object.keys(formatters).join(', ')}\n`);
        return 2;
    }
    const failOn = values['fail-on'];
    if (!FAIL_ON.includes(failOn)) {
        io.stderr(`crashkernel-check: --fail-on must be one of ${FAIL_ON.join(', ')}, not "${values['fail-on']}"\n`);
        return 2;
    }
    try {
        const reports = [];
        const boards = list(values.boards);
        const kernels = list(values.kernel);
        for (const file of files.length > 0 ? files : ['examples/boards.json']) {
            let text;
            try {
                text = await io.readFile(file);
            }
            catch (error) {
                throw new ConfigurationError(`cannot read matrix file ${file}: ${errorMessage(error)}`);
            }
            reports.push(check(text, file, { ...(boards && { boards }), ...(kernels && { kernels }) }));
        }
        const report = mergeReports(reports);
        io.stdout(formatters[format](report));
        return failsAt(report, failOn) ? 1 : 0;
    }
    catch (error) {
        io.stderr(error instanceof ConfigurationError ? `crashkernel-check: ${error.message}\n` : `crashkernel-check: Internal error: ${errorMessage(error)}\n`);
        return 2;
    }
}


/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 933:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// DO NOT EDIT: generated from schemas/board-matrix.schema.json by `npm run gen`.

module.exports = validate20;
module.exports["default"] = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://crashkernel-check.dev/schemas/board-matrix/v1.json","title":"BoardMatrix","description":"A repository's board matrix for crashkernel-check: the boards a distribution or product ships, described as firmware hands them to Linux (RAM banks, early reservations, DMA limits) plus the kernels and command lines to check. Each board × RAM variant × kernel is one layout that crashkernel-check simulates. Addresses and sizes are strings (hex `0x…` or memparse style `512M`) and are decoded to 64-bit integers after validation.","type":"object","additionalProperties":false,"required":["version","boards"],"properties":{"$schema":{"description":"The schema this document follows, for editors (autocomplete and validation). Use https://crashkernel-check.dev/schemas/board-matrix/v1.json or a relative path to schemas/board-matrix.schema.json. Ignored by crashkernel-check.","type":"string"},"version":{"description":"Version of the board-matrix format. Only 1 exists.","const":1},"defaults":{"$ref":"#/$defs/defaults"},"boards":{"description":"The boards to check.","type":"array","items":{"$ref":"#/$defs/board"}}},"$defs":{"size":{"title":"Size","description":"A size in bytes: hex `0x10000000`, decimal `268435456`, or either with one memparse suffix K, M, G, T, P or E (powers of 1024, case-insensitive), e.g. `256M`. Underscores may separate hex digits (`0x1_0000_0000`). As in the kernel's memparse(), hex digits are read greedily, so `0x1E` is 30 bytes, not an exabyte. Leading-zero (octal) decimals are rejected.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},"address":{"title":"Address","description":"A physical address: hex `0x40000000` (underscores allowed between hex digits) or a decimal/memparse value such as `4G`. Must fit in 64 bits.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},"kernelVersion":{"title":"KernelVersion","description":"A kernel release (`6.1.192`) or a series (`6.12`), resolved to the newest release crashkernel-check models for that series.","type":"string","pattern":"^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"},"ruleRef":{"title":"RuleRef","description":"A rule id such as `CK001`, or its name such as `crashkernel-not-reserved`.","type":"string","pattern":"^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$"},"range":{"description":"A physical range [base, base + size).","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}},"memoryBank":{"description":"One RAM bank as firmware describes it: a DT /memory `reg` entry, an e820 RAM entry or a UEFI memory-map region.","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"},"nomap":{"type":"boolean","default":false,"description":"Firmware marks the bank no-map (EFI runtime services, ACPI NVS reported as memory): it stays in memblock.memory, counts as system RAM and is never allocated or linear-mapped."},"description":{"type":"string","description":"Free text: where the bank comes from."}}},"memory":{"description":"RAM banks in ascending address order; banks must not overlap. Mutually exclusive with `ram` and `ramSize`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/memoryBank"}},"ramVariant":{"description":"One RAM size of a board (e.g. the 1, 2, 4 and 8 GB Raspberry Pi 4). Each variant is a separate layout per kernel. Placements given here override the board's for this variant only (QEMU's x86 initrd and riscv DTB move with the RAM size).","type":"object","additionalProperties":false,"required":["name","memory"],"properties":{"name":{"type":"string","minLength":1,"description":"Variant name, unique within the board, e.g. `4G`."},"description":{"type":"string","description":"Free text."},"memory":{"$ref":"#/$defs/memory"},"image":{"$ref":"#/$defs/image"},"initrd":{"$ref":"#/$defs/initrd"},"dtb":{"$ref":"#/$defs/dtb"}}},"fixedReservation":{"description":"A static early reservation: DT /memreserve/, a /reserved-memory node with `reg`, or a firmware carve-out.","type":"object","additionalProperties":false,"required":["kind","name","base","size"],"properties":{"kind":{"const":"fixed","description":"Static region."},"name":{"type":"string","minLength":1,"description":"Node name as in the DT (`firmware@f0000000`) or a label."},"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"},"nomap":{"type":"boolean","default":false,"description":"DT `no-map`: the region stays in memblock.memory flagged MEMBLOCK_NOMAP and is left out of the linear map; without it the region is memblock_reserve()d."},"description":{"type":"string","description":"Free text."}}},"dynamicReservation":{"description":"A region the kernel allocates itself while scanning /reserved-memory (a node with `size` instead of `reg`), e.g. a `shared-dma-pool` CMA area with `alloc-ranges`.","type":"object","additionalProperties":false,"required":["kind","name","size"],"properties":{"kind":{"const":"dynamic","description":"Kernel-allocated region."},"name":{"type":"string","minLength":1,"description":"Node name as in the DT (`linux,cma`)."},"size":{"$ref":"#/$defs/size"},"align":{"$ref":"#/$defs/size"},"allocRanges":{"type":"array","items":{"$ref":"#/$defs/range"},"default":[],"description":"DT `alloc-ranges`: where the kernel may place the region. Empty: anywhere."},"nomap":{"type":"boolean","default":false,"description":"DT `no-map`."},"cma":{"type":"boolean","default":false,"description":"`compatible = \"shared-dma-pool\"` plus `reusable`: the region becomes a CMA area."},"cmaDefault":{"type":"boolean","default":false,"description":"`linux,cma-default`: the region replaces the default CMA area (CONFIG_CMA_SIZE_MBYTES / `cma=`)."},"description":{"type":"string","description":"Free text."}}},"reservation":{"title":"Reservation","description":"An early reservation, in boot order.","type":"object","properties":{"kind":{"enum":["fixed","dynamic"],"description":"`fixed` (a region at a known address) or `dynamic` (allocated by the kernel)."}},"required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/$defs/fixedReservation"},{"$ref":"#/$defs/dynamicReservation"}]},"dmaRange":{"description":"One `dma-ranges` entry of a bus node: bus addresses [busAddr, busAddr + size) map to CPU addresses [cpuAddr, cpuAddr + size).","type":"object","additionalProperties":false,"required":["node","cpuAddr","size"],"properties":{"node":{"type":"string","minLength":1,"description":"DT path or label of the bus node (`/soc`, `emmc2bus`). Several entries may name the same node; the node's limit is the highest CPU address any of its entries reaches."},"cpuAddr":{"$ref":"#/$defs/address"},"busAddr":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}},"dma":{"description":"DMA constraints as firmware describes them. The kernel takes the lowest limit of all of them when sizing ZONE_DMA (arm64 of_dma_get_max_cpu_address() and acpi_iort_dma_get_max_cpu_address()).","type":"object","additionalProperties":false,"properties":{"ranges":{"type":"array","items":{"$ref":"#/$defs/dmaRange"},"default":[],"description":"`dma-ranges` of bus nodes (only non-empty ones; an empty `dma-ranges;` means 1:1 and imposes no limit)."},"iortLimitBits":{"type":"array","items":{"type":"integer","minimum":0,"maximum":64},"default":[],"description":"ACPI IORT `memory_address_limit` values in bits of named components and root complexes (0 is ignored, as in the kernel)."},"zoneDmaLimit":{"$ref":"#/$defs/address"}}},"device":{"title":"Device","description":"A device that does DMA, with its reach: either an explicit limit or the bus node it sits behind.","type":"object","additionalProperties":false,"required":["name"],"oneOf":[{"properties":{"dmaLimit":true},"required":["dmaLimit"]},{"properties":{"bus":true},"required":["bus"]}],"properties":{"name":{"type":"string","minLength":1,"description":"Device name (`emmc2`, `nvme0`)."},"dmaLimit":{"$ref":"#/$defs/address"},"bus":{"type":"string","minLength":1,"description":"The `node` of a `dma.ranges` entry the device sits behind; its reach is that node's highest CPU address."},"dumpTarget":{"type":"boolean","default":false,"description":"This device writes the vmcore (the disk or NIC kdump saves to), so the crash kernel's memory must be within its reach."},"description":{"type":"string","description":"Free text."}}},"kernelConfig":{"description":"Kernel configuration options that change where crashkernel lands or how the linear map is built. Default for each: the Debian kernel profile of the kernel's arch and series (docs/presets.md); for a kernel without a profile, the `default` given here.","type":"object","additionalProperties":false,"properties":{"ZONE_DMA":{"type":"boolean","default":true,"description":"CONFIG_ZONE_DMA."},"ZONE_DMA32":{"type":"boolean","default":true,"description":"CONFIG_ZONE_DMA32."},"RODATA_FULL_DEFAULT_ENABLED":{"type":"boolean","default":true,"description":"arm64 CONFIG_RODATA_FULL_DEFAULT_ENABLED (≤ 6.x; 7.x always behaves as if set)."},"KFENCE":{"type":"boolean","default":false,"description":"CONFIG_KFENCE."},"KFENCE_SAMPLE_INTERVAL":{"type":"integer","minimum":0,"default":100,"description":"CONFIG_KFENCE_SAMPLE_INTERVAL in ms; 0 means the pool is not allocated early."},"DEBUG_PAGEALLOC":{"type":"boolean","default":false,"description":"CONFIG_DEBUG_PAGEALLOC with CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT (forces a base-page linear map)."},"CMA":{"type":"boolean","default":false,"description":"CONFIG_CMA together with CONFIG_DMA_CMA."},"CMA_SIZE_MBYTES":{"type":"integer","minimum":0,"default":0,"description":"CONFIG_CMA_SIZE_MBYTES: size of the default CMA area (0 = none)."},"RANDOMIZE_BASE":{"type":"boolean","default":false,"description":"CONFIG_RANDOMIZE_BASE (KASLR). crashkernel-check never randomises: physical placement is simulated as with `nokaslr`."},"X86_DIRECT_GBPAGES":{"type":"boolean","default":true,"description":"x86 CONFIG_X86_DIRECT_GBPAGES (1 GiB pages in the direct map)."},"ZONE_DEVICE":{"type":"boolean","default":false,"description":"CONFIG_ZONE_DEVICE (only adds the empty \"Device\" line to the kernel's \"Zone ranges:\" output)."}}},"cpuFeatures":{"description":"CPU features that change the outcome.","type":"object","additionalProperties":false,"properties":{"bbml2Noabort":{"type":"boolean","default":false,"description":"arm64 FEAT_BBML2 without aborts, on the kernel's allow-list (7.x keeps block mappings with rodata=full)."},"lpa2":{"type":"boolean","default":false,"description":"arm64 FEAT_LPA2: a 52-bit-VA kernel (6.12+ Debian) runs with 52-bit VA; without it, 48-bit (4K/16K pages)."},"gbpages":{"type":"boolean","default":true,"description":"x86 GBPAGES (1 GiB pages)."}}},"bootAllocations":{"description":"Sizes of boot-time allocations that depend on the kernel build and the firmware blob rather than on the algorithm. Default: the Debian kernel profile (measured with memblock=debug), else 0.","type":"object","additionalProperties":false,"properties":{"unflattenedDt":{"$ref":"#/$defs/size"},"nodeData":{"$ref":"#/$defs/size"}}},"kernelObject":{"description":"A kernel with overrides for this board.","type":"object","additionalProperties":false,"required":["release"],"properties":{"release":{"$ref":"#/$defs/kernelVersion"},"config":{"$ref":"#/$defs/kernelConfig"},"cmdline":{"type":"string","description":"The whole kernel command line for this kernel (replaces the board's)."},"imageSize":{"$ref":"#/$defs/size"},"boot":{"$ref":"#/$defs/bootAllocations"},"policy":{"type":"string","minLength":1,"description":"Simulate with this named engine policy instead of the one for the release (what-if studies)."}}},"kernel":{"title":"Kernel","description":"A kernel to check: a release or series string, or an object with overrides.","oneOf":[{"$ref":"#/$defs/kernelVersion"},{"$ref":"#/$defs/kernelObject"}]},"expect":{"description":"What must hold for this board. Each expectation turns a fact the simulation finds into an error.","type":"object","additionalProperties":false,"properties":{"reservationRequired":{"type":"boolean","default":true,"description":"crashkernel= must actually reserve memory."},"dumpTargetReachable":{"type":"boolean","default":true,"description":"Every crash region the kdump kernel needs for DMA must be reachable by each `dumpTarget` device."},"protectionRequired":{"type":"boolean","default":false,"description":"The loaded crash kernel must be protected from stray writes (arch_kexec_protect_crashkres())."},"noFallbackAbove4G":{"type":"boolean","default":false,"description":"The reservation must not fall back above 4 GiB / to high memory."},"noBasePageLinearMap":{"type":"boolean","default":false,"description":"crashkernel= must not force the linear map to base pages."}}},"severityMap":{"description":"Severity per rule id or name, overriding the rule's default for this board. `off` drops the rule's findings.","type":"object","propertyNames":{"$ref":"#/$defs/ruleRef"},"additionalProperties":{"enum":["error","warning","note","off"]},"default":{}},"suppression":{"description":"Silences one rule for this board, with the reason recorded in the report.","type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"$ref":"#/$defs/ruleRef"},"reason":{"type":"string","minLength":1,"description":"Why the finding does not apply (shown in the report)."}}},"settings":{"title":"Settings","description":"Everything a board, its preset or `defaults` can set.","type":"object","properties":{"arch":{"enum":["arm64","x86_64","riscv64"],"description":"CPU architecture."},"kernels":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/kernel"},"description":"Kernels to check; each one is a layout per RAM variant."},"pageSize":{"enum":["4K","16K","64K"],"description":"Kernel page size. Default: the Debian kernel profile (4K)."},"paBits":{"type":"integer","minimum":32,"maximum":64,"description":"Physical address bits (arm64 CONFIG_ARM64_PA_BITS, x86 MAXPHYADDR). Default: the Debian kernel profile."},"vaBits":{"type":"integer","minimum":32,"maximum":64,"description":"Kernel virtual address bits in use. Default: the Debian kernel profile; an arm64 52-bit kernel runs with 48 bits without `cpu.lpa2`."},"memory":{"$ref":"#/$defs/memory"},"ram":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/ramVariant"},"description":"Several RAM variants of the board, each a layout. Mutually exclusive with `memory`."},"ramSize":{"$ref":"#/$defs/ramSize"},"reservations":{"type":"array","items":{"$ref":"#/$defs/reservation"},"default":[],"description":"Early reservations in boot order (after the kernel image, initrd and DTB)."},"image":{"$ref":"#/$defs/image"},"initrd":{"$ref":"#/$defs/initrd"},"dtb":{"$ref":"#/$defs/dtb"},"dma":{"$ref":"#/$defs/dma"},"devices":{"type":"array","items":{"$ref":"#/$defs/device"},"default":[],"description":"DMA-capable devices, in particular the dump target."},"config":{"$ref":"#/$defs/kernelConfig"},"cpu":{"$ref":"#/$defs/cpuFeatures"},"boot":{"$ref":"#/$defs/bootAllocations"},"cmdline":{"type":"string","default":"","description":"The kernel command line (`crashkernel=`, `rodata=`, `kfence.sample_interval=`, `mem=`, `cma=` …)."},"expect":{"$ref":"#/$defs/expect"},"severity":{"$ref":"#/$defs/severityMap"},"suppress":{"type":"array","items":{"$ref":"#/$defs/suppression"},"default":[],"description":"Rules silenced for this board, each with a reason."}},"not":{"anyOf":[{"properties":{"memory":true,"ram":true},"required":["memory","ram"]},{"properties":{"memory":true,"ramSize":true},"required":["memory","ramSize"]},{"properties":{"ram":true,"ramSize":true},"required":["ram","ramSize"]}]}},"board":{"title":"Board","description":"One board: its identity, an optional preset, and its settings.","type":"object","allOf":[{"$ref":"#/$defs/settings"}],"unevaluatedProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","description":"Stable identifier, unique in the file (used in reports, fingerprints and `boards` filters)."},"name":{"type":"string","description":"Human-readable name."},"description":{"type":"string","description":"Free text: where the board's numbers come from."},"extends":{"type":"string","minLength":1,"description":"A built-in preset whose settings are merged under the board's: `qemu-virt-arm64`, `qemu-q35-x86_64`, `qemu-pc-x86_64`, `qemu-virt-riscv64`, `raspberrypi-4`."}}},"image":{"description":"Where the boot loader put the kernel image [_text, _end). `size` defaults to the kernel's own size: arm64 Image header `image_size`, x86 `init_size`, riscv64 the reserved image (docs/presets.md).","type":"object","additionalProperties":false,"required":["base"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}},"initrd":{"description":"Where the boot loader put the initrd (initramfs). Default: no initrd.","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}},"dtb":{"description":"Where the boot loader put the flattened device tree (arm64, riscv64). Default: none (ACPI/x86).","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}},"defaults":{"description":"Settings merged under every board: a board's own value wins, then its preset (`extends`), then these defaults, then the Debian kernel profile of the kernel, then the documented default of each property. Objects (`config`, `cpu`, `expect`, `severity`, `boot`, `dma`) merge key by key; arrays and strings are replaced whole, except `suppress`, which is concatenated.","type":"object","allOf":[{"$ref":"#/$defs/settings"}],"unevaluatedProperties":false},"ramSize":{"title":"RamSize","description":"The RAM size given to a machine whose preset computes its RAM map from it, like QEMU's `-m` (presets `qemu-*`): the preset derives the banks and the size-dependent placements (x86 initrd, riscv64 DTB). One layout. Mutually exclusive with `memory` and `ram`.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"}}};
const schema32 = {"description":"Settings merged under every board: a board's own value wins, then its preset (`extends`), then these defaults, then the Debian kernel profile of the kernel, then the documented default of each property. Objects (`config`, `cpu`, `expect`, `severity`, `boot`, `dma`) merge key by key; arrays and strings are replaced whole, except `suppress`, which is concatenated.","type":"object","allOf":[{"$ref":"#/$defs/settings"}],"unevaluatedProperties":false};
const schema33 = {"title":"Settings","description":"Everything a board, its preset or `defaults` can set.","type":"object","properties":{"arch":{"enum":["arm64","x86_64","riscv64"],"description":"CPU architecture."},"kernels":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/kernel"},"description":"Kernels to check; each one is a layout per RAM variant."},"pageSize":{"enum":["4K","16K","64K"],"description":"Kernel page size. Default: the Debian kernel profile (4K)."},"paBits":{"type":"integer","minimum":32,"maximum":64,"description":"Physical address bits (arm64 CONFIG_ARM64_PA_BITS, x86 MAXPHYADDR). Default: the Debian kernel profile."},"vaBits":{"type":"integer","minimum":32,"maximum":64,"description":"Kernel virtual address bits in use. Default: the Debian kernel profile; an arm64 52-bit kernel runs with 48 bits without `cpu.lpa2`."},"memory":{"$ref":"#/$defs/memory"},"ram":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/ramVariant"},"description":"Several RAM variants of the board, each a layout. Mutually exclusive with `memory`."},"ramSize":{"$ref":"#/$defs/ramSize"},"reservations":{"type":"array","items":{"$ref":"#/$defs/reservation"},"default":[],"description":"Early reservations in boot order (after the kernel image, initrd and DTB)."},"image":{"$ref":"#/$defs/image"},"initrd":{"$ref":"#/$defs/initrd"},"dtb":{"$ref":"#/$defs/dtb"},"dma":{"$ref":"#/$defs/dma"},"devices":{"type":"array","items":{"$ref":"#/$defs/device"},"default":[],"description":"DMA-capable devices, in particular the dump target."},"config":{"$ref":"#/$defs/kernelConfig"},"cpu":{"$ref":"#/$defs/cpuFeatures"},"boot":{"$ref":"#/$defs/bootAllocations"},"cmdline":{"type":"string","default":"","description":"The kernel command line (`crashkernel=`, `rodata=`, `kfence.sample_interval=`, `mem=`, `cma=` …)."},"expect":{"$ref":"#/$defs/expect"},"severity":{"$ref":"#/$defs/severityMap"},"suppress":{"type":"array","items":{"$ref":"#/$defs/suppression"},"default":[],"description":"Rules silenced for this board, each with a reason."}},"not":{"anyOf":[{"properties":{"memory":true,"ram":true},"required":["memory","ram"]},{"properties":{"memory":true,"ramSize":true},"required":["memory","ramSize"]},{"properties":{"ram":true,"ramSize":true},"required":["ram","ramSize"]}]}};
const schema57 = {"title":"RamSize","description":"The RAM size given to a machine whose preset computes its RAM map from it, like QEMU's `-m` (presets `qemu-*`): the preset derives the banks and the size-dependent placements (x86 initrd, riscv64 DTB). One layout. Mutually exclusive with `memory` and `ram`.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"};
const schema38 = {"description":"Kernel configuration options that change where crashkernel lands or how the linear map is built. Default for each: the Debian kernel profile of the kernel's arch and series (docs/presets.md); for a kernel without a profile, the `default` given here.","type":"object","additionalProperties":false,"properties":{"ZONE_DMA":{"type":"boolean","default":true,"description":"CONFIG_ZONE_DMA."},"ZONE_DMA32":{"type":"boolean","default":true,"description":"CONFIG_ZONE_DMA32."},"RODATA_FULL_DEFAULT_ENABLED":{"type":"boolean","default":true,"description":"arm64 CONFIG_RODATA_FULL_DEFAULT_ENABLED (≤ 6.x; 7.x always behaves as if set)."},"KFENCE":{"type":"boolean","default":false,"description":"CONFIG_KFENCE."},"KFENCE_SAMPLE_INTERVAL":{"type":"integer","minimum":0,"default":100,"description":"CONFIG_KFENCE_SAMPLE_INTERVAL in ms; 0 means the pool is not allocated early."},"DEBUG_PAGEALLOC":{"type":"boolean","default":false,"description":"CONFIG_DEBUG_PAGEALLOC with CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT (forces a base-page linear map)."},"CMA":{"type":"boolean","default":false,"description":"CONFIG_CMA together with CONFIG_DMA_CMA."},"CMA_SIZE_MBYTES":{"type":"integer","minimum":0,"default":0,"description":"CONFIG_CMA_SIZE_MBYTES: size of the default CMA area (0 = none)."},"RANDOMIZE_BASE":{"type":"boolean","default":false,"description":"CONFIG_RANDOMIZE_BASE (KASLR). crashkernel-check never randomises: physical placement is simulated as with `nokaslr`."},"X86_DIRECT_GBPAGES":{"type":"boolean","default":true,"description":"x86 CONFIG_X86_DIRECT_GBPAGES (1 GiB pages in the direct map)."},"ZONE_DEVICE":{"type":"boolean","default":false,"description":"CONFIG_ZONE_DEVICE (only adds the empty \"Device\" line to the kernel's \"Zone ranges:\" output)."}}};
const schema77 = {"description":"CPU features that change the outcome.","type":"object","additionalProperties":false,"properties":{"bbml2Noabort":{"type":"boolean","default":false,"description":"arm64 FEAT_BBML2 without aborts, on the kernel's allow-list (7.x keeps block mappings with rodata=full)."},"lpa2":{"type":"boolean","default":false,"description":"arm64 FEAT_LPA2: a 52-bit-VA kernel (6.12+ Debian) runs with 52-bit VA; without it, 48-bit (4K/16K pages)."},"gbpages":{"type":"boolean","default":true,"description":"x86 GBPAGES (1 GiB pages)."}}};
const schema78 = {"description":"What must hold for this board. Each expectation turns a fact the simulation finds into an error.","type":"object","additionalProperties":false,"properties":{"reservationRequired":{"type":"boolean","default":true,"description":"crashkernel= must actually reserve memory."},"dumpTargetReachable":{"type":"boolean","default":true,"description":"Every crash region the kdump kernel needs for DMA must be reachable by each `dumpTarget` device."},"protectionRequired":{"type":"boolean","default":false,"description":"The loaded crash kernel must be protected from stray writes (arch_kexec_protect_crashkres())."},"noFallbackAbove4G":{"type":"boolean","default":false,"description":"The reservation must not fall back above 4 GiB / to high memory."},"noBasePageLinearMap":{"type":"boolean","default":false,"description":"crashkernel= must not force the linear map to base pages."}}};
const schema34 = {"title":"Kernel","description":"A kernel to check: a release or series string, or an object with overrides.","oneOf":[{"$ref":"#/$defs/kernelVersion"},{"$ref":"#/$defs/kernelObject"}]};
const schema35 = {"title":"KernelVersion","description":"A kernel release (`6.1.192`) or a series (`6.12`), resolved to the newest release crashkernel-check models for that series.","type":"string","pattern":"^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"};
const pattern4 = new RegExp("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u");
const schema36 = {"description":"A kernel with overrides for this board.","type":"object","additionalProperties":false,"required":["release"],"properties":{"release":{"$ref":"#/$defs/kernelVersion"},"config":{"$ref":"#/$defs/kernelConfig"},"cmdline":{"type":"string","description":"The whole kernel command line for this kernel (replaces the board's)."},"imageSize":{"$ref":"#/$defs/size"},"boot":{"$ref":"#/$defs/bootAllocations"},"policy":{"type":"string","minLength":1,"description":"Simulate with this named engine policy instead of the one for the release (what-if studies)."}}};
const schema39 = {"title":"Size","description":"A size in bytes: hex `0x10000000`, decimal `268435456`, or either with one memparse suffix K, M, G, T, P or E (powers of 1024, case-insensitive), e.g. `256M`. Underscores may separate hex digits (`0x1_0000_0000`). As in the kernel's memparse(), hex digits are read greedily, so `0x1E` is 30 bytes, not an exabyte. Leading-zero (octal) decimals are rejected.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"};
const pattern6 = new RegExp("^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$", "u");
const func1 = Object.prototype.hasOwnProperty;
const func2 = (__nccwpck_require__(214)/* ["default"] */ .A);
const schema40 = {"description":"Sizes of boot-time allocations that depend on the kernel build and the firmware blob rather than on the algorithm. Default: the Debian kernel profile (measured with memblock=debug), else 0.","type":"object","additionalProperties":false,"properties":{"unflattenedDt":{"$ref":"#/$defs/size"},"nodeData":{"$ref":"#/$defs/size"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "unflattenedDt") || (key0 === "nodeData"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.unflattenedDt !== undefined){
let data0 = data.unflattenedDt;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err1 = {instancePath:instancePath+"/unflattenedDt",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/unflattenedDt",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.nodeData !== undefined){
let data1 = data.nodeData;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err3 = {instancePath:instancePath+"/nodeData",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/nodeData",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.release === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "release") || (key0 === "config")) || (key0 === "cmdline")) || (key0 === "imageSize")) || (key0 === "boot")) || (key0 === "policy"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.release !== undefined){
let data0 = data.release;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/release",schemaPath:"#/$defs/kernelVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"+"\"",schema:"^[0-9]+\\.[0-9]+(\\.[0-9]+)?$",parentSchema:schema35,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/release",schemaPath:"#/$defs/kernelVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.config !== undefined){
let data1 = data.config;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(func1.call(schema38.properties, key1))){
const err4 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/kernelConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.ZONE_DMA !== undefined){
let data2 = data1.ZONE_DMA;
if(typeof data2 !== "boolean"){
const err5 = {instancePath:instancePath+"/config/ZONE_DMA",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DMA.type,parentSchema:schema38.properties.ZONE_DMA,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.ZONE_DMA32 !== undefined){
let data3 = data1.ZONE_DMA32;
if(typeof data3 !== "boolean"){
const err6 = {instancePath:instancePath+"/config/ZONE_DMA32",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DMA32/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DMA32.type,parentSchema:schema38.properties.ZONE_DMA32,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.RODATA_FULL_DEFAULT_ENABLED !== undefined){
let data4 = data1.RODATA_FULL_DEFAULT_ENABLED;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/config/RODATA_FULL_DEFAULT_ENABLED",schemaPath:"#/$defs/kernelConfig/properties/RODATA_FULL_DEFAULT_ENABLED/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.RODATA_FULL_DEFAULT_ENABLED.type,parentSchema:schema38.properties.RODATA_FULL_DEFAULT_ENABLED,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.KFENCE !== undefined){
let data5 = data1.KFENCE;
if(typeof data5 !== "boolean"){
const err8 = {instancePath:instancePath+"/config/KFENCE",schemaPath:"#/$defs/kernelConfig/properties/KFENCE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.KFENCE.type,parentSchema:schema38.properties.KFENCE,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.KFENCE_SAMPLE_INTERVAL !== undefined){
let data6 = data1.KFENCE_SAMPLE_INTERVAL;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err9 = {instancePath:instancePath+"/config/KFENCE_SAMPLE_INTERVAL",schemaPath:"#/$defs/kernelConfig/properties/KFENCE_SAMPLE_INTERVAL/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.KFENCE_SAMPLE_INTERVAL.type,parentSchema:schema38.properties.KFENCE_SAMPLE_INTERVAL,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/config/KFENCE_SAMPLE_INTERVAL",schemaPath:"#/$defs/kernelConfig/properties/KFENCE_SAMPLE_INTERVAL/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.KFENCE_SAMPLE_INTERVAL,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data1.DEBUG_PAGEALLOC !== undefined){
let data7 = data1.DEBUG_PAGEALLOC;
if(typeof data7 !== "boolean"){
const err11 = {instancePath:instancePath+"/config/DEBUG_PAGEALLOC",schemaPath:"#/$defs/kernelConfig/properties/DEBUG_PAGEALLOC/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.DEBUG_PAGEALLOC.type,parentSchema:schema38.properties.DEBUG_PAGEALLOC,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.CMA !== undefined){
let data8 = data1.CMA;
if(typeof data8 !== "boolean"){
const err12 = {instancePath:instancePath+"/config/CMA",schemaPath:"#/$defs/kernelConfig/properties/CMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.CMA.type,parentSchema:schema38.properties.CMA,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.CMA_SIZE_MBYTES !== undefined){
let data9 = data1.CMA_SIZE_MBYTES;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err13 = {instancePath:instancePath+"/config/CMA_SIZE_MBYTES",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_MBYTES/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.CMA_SIZE_MBYTES.type,parentSchema:schema38.properties.CMA_SIZE_MBYTES,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err14 = {instancePath:instancePath+"/config/CMA_SIZE_MBYTES",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_MBYTES/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.CMA_SIZE_MBYTES,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data1.RANDOMIZE_BASE !== undefined){
let data10 = data1.RANDOMIZE_BASE;
if(typeof data10 !== "boolean"){
const err15 = {instancePath:instancePath+"/config/RANDOMIZE_BASE",schemaPath:"#/$defs/kernelConfig/properties/RANDOMIZE_BASE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.RANDOMIZE_BASE.type,parentSchema:schema38.properties.RANDOMIZE_BASE,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.X86_DIRECT_GBPAGES !== undefined){
let data11 = data1.X86_DIRECT_GBPAGES;
if(typeof data11 !== "boolean"){
const err16 = {instancePath:instancePath+"/config/X86_DIRECT_GBPAGES",schemaPath:"#/$defs/kernelConfig/properties/X86_DIRECT_GBPAGES/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.X86_DIRECT_GBPAGES.type,parentSchema:schema38.properties.X86_DIRECT_GBPAGES,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.ZONE_DEVICE !== undefined){
let data12 = data1.ZONE_DEVICE;
if(typeof data12 !== "boolean"){
const err17 = {instancePath:instancePath+"/config/ZONE_DEVICE",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DEVICE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DEVICE.type,parentSchema:schema38.properties.ZONE_DEVICE,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/kernelConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.cmdline !== undefined){
let data13 = data.cmdline;
if(typeof data13 !== "string"){
const err19 = {instancePath:instancePath+"/cmdline",schemaPath:"#/properties/cmdline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.cmdline.type,parentSchema:schema36.properties.cmdline,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.imageSize !== undefined){
let data14 = data.imageSize;
if(typeof data14 === "string"){
if(!pattern6.test(data14)){
const err20 = {instancePath:instancePath+"/imageSize",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/imageSize",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.boot !== undefined){
if(!(validate25(data.boot, {instancePath:instancePath+"/boot",parentData:data,parentDataProperty:"boot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.policy !== undefined){
let data16 = data.policy;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err22 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.policy,data:data16};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.policy.type,parentSchema:schema36.properties.policy,data:data16};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern4.test(data)){
const err0 = {instancePath,schemaPath:"#/$defs/kernelVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"+"\"",schema:"^[0-9]+\\.[0-9]+(\\.[0-9]+)?$",parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/$defs/kernelVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate23.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema43 = {"description":"RAM banks in ascending address order; banks must not overlap. Mutually exclusive with `ram` and `ramSize`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/memoryBank"}};
const schema44 = {"description":"One RAM bank as firmware describes it: a DT /memory `reg` entry, an e820 RAM entry or a UEFI memory-map region.","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"},"nomap":{"type":"boolean","default":false,"description":"Firmware marks the bank no-map (EFI runtime services, ACPI NVS reported as memory): it stays in memblock.memory, counts as system RAM and is never allocated or linear-mapped."},"description":{"type":"string","description":"Free text: where the bank comes from."}}};
const schema45 = {"title":"Address","description":"A physical address: hex `0x40000000` (underscores allowed between hex digits) or a decimal/memparse value such as `4G`. Must fit in 64 bits.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "base") || (key0 === "size")) || (key0 === "nomap")) || (key0 === "description"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.nomap !== undefined){
let data2 = data.nomap;
if(typeof data2 !== "boolean"){
const err7 = {instancePath:instancePath+"/nomap",schemaPath:"#/properties/nomap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.nomap.type,parentSchema:schema44.properties.nomap,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.description.type,parentSchema:schema44.properties.description,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate30(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"description":"One RAM size of a board (e.g. the 1, 2, 4 and 8 GB Raspberry Pi 4). Each variant is a separate layout per kernel. Placements given here override the board's for this variant only (QEMU's x86 initrd and riscv DTB move with the RAM size).","type":"object","additionalProperties":false,"required":["name","memory"],"properties":{"name":{"type":"string","minLength":1,"description":"Variant name, unique within the board, e.g. `4G`."},"description":{"type":"string","description":"Free text."},"memory":{"$ref":"#/$defs/memory"},"image":{"$ref":"#/$defs/image"},"initrd":{"$ref":"#/$defs/initrd"},"dtb":{"$ref":"#/$defs/dtb"}}};
const schema48 = {"description":"Where the boot loader put the kernel image [_text, _end). `size` defaults to the kernel's own size: arm64 Image header `image_size`, x86 `init_size`, riscv64 the reserved image (docs/presets.md).","type":"object","additionalProperties":false,"required":["base"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "base") || (key0 === "size"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"description":"Where the boot loader put the initrd (initramfs). Default: no initrd.","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "base") || (key0 === "size"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"description":"Where the boot loader put the flattened device tree (arm64, riscv64). Default: none (ACPI/x86).","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "base") || (key0 === "size"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.memory === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "memory"},message:"must have required property '"+"memory"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "description")) || (key0 === "memory")) || (key0 === "image")) || (key0 === "initrd")) || (key0 === "dtb"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.name.type,parentSchema:schema47.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.description.type,parentSchema:schema47.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.memory !== undefined){
if(!(validate29(data.memory, {instancePath:instancePath+"/memory",parentData:data,parentDataProperty:"memory",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.image !== undefined){
if(!(validate35(data.image, {instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.initrd !== undefined){
if(!(validate37(data.initrd, {instancePath:instancePath+"/initrd",parentData:data,parentDataProperty:"initrd",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.dtb !== undefined){
if(!(validate39(data.dtb, {instancePath:instancePath+"/dtb",parentData:data,parentDataProperty:"dtb",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = {"title":"Reservation","description":"An early reservation, in boot order.","type":"object","properties":{"kind":{"enum":["fixed","dynamic"],"description":"`fixed` (a region at a known address) or `dynamic` (allocated by the kernel)."}},"required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/$defs/fixedReservation"},{"$ref":"#/$defs/dynamicReservation"}]};
const schema59 = {"description":"A static early reservation: DT /memreserve/, a /reserved-memory node with `reg`, or a firmware carve-out.","type":"object","additionalProperties":false,"required":["kind","name","base","size"],"properties":{"kind":{"const":"fixed","description":"Static region."},"name":{"type":"string","minLength":1,"description":"Node name as in the DT (`firmware@f0000000`) or a label."},"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"},"nomap":{"type":"boolean","default":false,"description":"DT `no-map`: the region stays in memblock.memory flagged MEMBLOCK_NOMAP and is left out of the linear map; without it the region is memblock_reserve()d."},"description":{"type":"string","description":"Free text."}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.base === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.size === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "name")) || (key0 === "base")) || (key0 === "size")) || (key0 === "nomap")) || (key0 === "description"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("fixed" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "fixed"},message:"must be equal to constant",schema:"fixed",parentSchema:schema59.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.name.type,parentSchema:schema59.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.base !== undefined){
let data2 = data.base;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err8 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema45,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.size !== undefined){
let data3 = data.size;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err10 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.nomap !== undefined){
let data4 = data.nomap;
if(typeof data4 !== "boolean"){
const err12 = {instancePath:instancePath+"/nomap",schemaPath:"#/properties/nomap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.nomap.type,parentSchema:schema59.properties.nomap,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.description !== undefined){
let data5 = data.description;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.description.type,parentSchema:schema59.properties.description,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"description":"A region the kernel allocates itself while scanning /reserved-memory (a node with `size` instead of `reg`), e.g. a `shared-dma-pool` CMA area with `alloc-ranges`.","type":"object","additionalProperties":false,"required":["kind","name","size"],"properties":{"kind":{"const":"dynamic","description":"Kernel-allocated region."},"name":{"type":"string","minLength":1,"description":"Node name as in the DT (`linux,cma`)."},"size":{"$ref":"#/$defs/size"},"align":{"$ref":"#/$defs/size"},"allocRanges":{"type":"array","items":{"$ref":"#/$defs/range"},"default":[],"description":"DT `alloc-ranges`: where the kernel may place the region. Empty: anywhere."},"nomap":{"type":"boolean","default":false,"description":"DT `no-map`."},"cma":{"type":"boolean","default":false,"description":"`compatible = \"shared-dma-pool\"` plus `reusable`: the region becomes a CMA area."},"cmaDefault":{"type":"boolean","default":false,"description":"`linux,cma-default`: the region replaces the default CMA area (CONFIG_CMA_SIZE_MBYTES / `cma=`)."},"description":{"type":"string","description":"Free text."}}};
const schema65 = {"description":"A physical range [base, base + size).","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "base") || (key0 === "size"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.size === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema62.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("dynamic" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "dynamic"},message:"must be equal to constant",schema:"dynamic",parentSchema:schema62.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.name.type,parentSchema:schema62.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.size !== undefined){
let data2 = data.size;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.align !== undefined){
let data3 = data.align;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err9 = {instancePath:instancePath+"/align",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/align",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.allocRanges !== undefined){
let data4 = data.allocRanges;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate45(data4[i0], {instancePath:instancePath+"/allocRanges/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/allocRanges",schemaPath:"#/properties/allocRanges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.allocRanges.type,parentSchema:schema62.properties.allocRanges,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.nomap !== undefined){
let data6 = data.nomap;
if(typeof data6 !== "boolean"){
const err12 = {instancePath:instancePath+"/nomap",schemaPath:"#/properties/nomap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.nomap.type,parentSchema:schema62.properties.nomap,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cma !== undefined){
let data7 = data.cma;
if(typeof data7 !== "boolean"){
const err13 = {instancePath:instancePath+"/cma",schemaPath:"#/properties/cma/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.cma.type,parentSchema:schema62.properties.cma,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.cmaDefault !== undefined){
let data8 = data.cmaDefault;
if(typeof data8 !== "boolean"){
const err14 = {instancePath:instancePath+"/cmaDefault",schemaPath:"#/properties/cmaDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.cmaDefault.type,parentSchema:schema62.properties.cmaDefault,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.description !== undefined){
let data9 = data.description;
if(typeof data9 !== "string"){
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.description.type,parentSchema:schema62.properties.description,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if(!((data0 === "fixed") || (data0 === "dynamic"))){
const err1 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema58.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.kind.enum,parentSchema:schema58.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "fixed"){
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "dynamic"){
if(!(validate44(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err2 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema58.discriminator,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema58.discriminator,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate42.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate42.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema68 = {"description":"DMA constraints as firmware describes them. The kernel takes the lowest limit of all of them when sizing ZONE_DMA (arm64 of_dma_get_max_cpu_address() and acpi_iort_dma_get_max_cpu_address()).","type":"object","additionalProperties":false,"properties":{"ranges":{"type":"array","items":{"$ref":"#/$defs/dmaRange"},"default":[],"description":"`dma-ranges` of bus nodes (only non-empty ones; an empty `dma-ranges;` means 1:1 and imposes no limit)."},"iortLimitBits":{"type":"array","items":{"type":"integer","minimum":0,"maximum":64},"default":[],"description":"ACPI IORT `memory_address_limit` values in bits of named components and root complexes (0 is ignored, as in the kernel)."},"zoneDmaLimit":{"$ref":"#/$defs/address"}}};
const schema69 = {"description":"One `dma-ranges` entry of a bus node: bus addresses [busAddr, busAddr + size) map to CPU addresses [cpuAddr, cpuAddr + size).","type":"object","additionalProperties":false,"required":["node","cpuAddr","size"],"properties":{"node":{"type":"string","minLength":1,"description":"DT path or label of the bus node (`/soc`, `emmc2bus`). Several entries may name the same node; the node's limit is the highest CPU address any of its entries reaches."},"cpuAddr":{"$ref":"#/$defs/address"},"busAddr":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.node === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.cpuAddr === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cpuAddr"},message:"must have required property '"+"cpuAddr"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.size === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "node") || (key0 === "cpuAddr")) || (key0 === "busAddr")) || (key0 === "size"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.node !== undefined){
let data0 = data.node;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.node,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.node.type,parentSchema:schema69.properties.node,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.cpuAddr !== undefined){
let data1 = data.cpuAddr;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err6 = {instancePath:instancePath+"/cpuAddr",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema45,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/cpuAddr",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.busAddr !== undefined){
let data2 = data.busAddr;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err8 = {instancePath:instancePath+"/busAddr",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema45,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/busAddr",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.size !== undefined){
let data3 = data.size;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err10 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "ranges") || (key0 === "iortLimitBits")) || (key0 === "zoneDmaLimit"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ranges !== undefined){
let data0 = data.ranges;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate54(data0[i0], {instancePath:instancePath+"/ranges/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.ranges.type,parentSchema:schema68.properties.ranges,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.iortLimitBits !== undefined){
let data2 = data.iortLimitBits;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err2 = {instancePath:instancePath+"/iortLimitBits/" + i1,schemaPath:"#/properties/iortLimitBits/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.iortLimitBits.items.type,parentSchema:schema68.properties.iortLimitBits.items,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 64 || isNaN(data3)){
const err3 = {instancePath:instancePath+"/iortLimitBits/" + i1,schemaPath:"#/properties/iortLimitBits/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema68.properties.iortLimitBits.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err4 = {instancePath:instancePath+"/iortLimitBits/" + i1,schemaPath:"#/properties/iortLimitBits/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema68.properties.iortLimitBits.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/iortLimitBits",schemaPath:"#/properties/iortLimitBits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.iortLimitBits.type,parentSchema:schema68.properties.iortLimitBits,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.zoneDmaLimit !== undefined){
let data4 = data.zoneDmaLimit;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err6 = {instancePath:instancePath+"/zoneDmaLimit",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema45,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/zoneDmaLimit",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema74 = {"title":"Device","description":"A device that does DMA, with its reach: either an explicit limit or the bus node it sits behind.","type":"object","additionalProperties":false,"required":["name"],"oneOf":[{"properties":{"dmaLimit":true},"required":["dmaLimit"]},{"properties":{"bus":true},"required":["bus"]}],"properties":{"name":{"type":"string","minLength":1,"description":"Device name (`emmc2`, `nvme0`)."},"dmaLimit":{"$ref":"#/$defs/address"},"bus":{"type":"string","minLength":1,"description":"The `node` of a `dma.ranges` entry the device sits behind; its reach is that node's highest CPU address."},"dumpTarget":{"type":"boolean","default":false,"description":"This device writes the vmcore (the disk or NIC kdump saves to), so the crash kernel's memory must be within its reach."},"description":{"type":"string","description":"Free text."}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dmaLimit === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "dmaLimit"},message:"must have required property '"+"dmaLimit"+"'",schema:schema74.oneOf[0].required,parentSchema:schema74.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.dmaLimit = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bus === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "bus"},message:"must have required property '"+"bus"+"'",schema:schema74.oneOf[1].required,parentSchema:schema74.oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.bus = true;
}
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema74.oneOf,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "dmaLimit")) || (key0 === "bus")) || (key0 === "dumpTarget")) || (key0 === "description"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.name.type,parentSchema:schema74.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.dmaLimit !== undefined){
let data1 = data.dmaLimit;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err7 = {instancePath:instancePath+"/dmaLimit",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema45,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/dmaLimit",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.bus !== undefined){
let data2 = data.bus;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/bus",schemaPath:"#/properties/bus/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.properties.bus,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/bus",schemaPath:"#/properties/bus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.bus.type,parentSchema:schema74.properties.bus,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.dumpTarget !== undefined){
let data3 = data.dumpTarget;
if(typeof data3 !== "boolean"){
const err11 = {instancePath:instancePath+"/dumpTarget",schemaPath:"#/properties/dumpTarget/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.properties.dumpTarget.type,parentSchema:schema74.properties.dumpTarget,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.description.type,parentSchema:schema74.properties.description,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema79 = {"description":"Severity per rule id or name, overriding the rule's default for this board. `off` drops the rule's findings.","type":"object","propertyNames":{"$ref":"#/$defs/ruleRef"},"additionalProperties":{"enum":["error","warning","note","off"]},"default":{}};
const schema80 = {"title":"RuleRef","description":"A rule id such as `CK001`, or its name such as `crashkernel-not-reserved`.","type":"string","pattern":"^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$"};
const pattern29 = new RegExp("^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$", "u");

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern29.test(key0)){
const err0 = {instancePath,schemaPath:"#/$defs/ruleRef/pattern",keyword:"pattern",params:{pattern: "^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$"},message:"must match pattern \""+"^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$"+"\"",schema:"^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$",parentSchema:schema80,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/$defs/ruleRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.type,parentSchema:schema80,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema79.propertyNames,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(!((((data0 === "error") || (data0 === "warning")) || (data0 === "note")) || (data0 === "off"))){
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema79.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema79.additionalProperties.enum,parentSchema:schema79.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema81 = {"description":"Silences one rule for this board, with the reason recorded in the report.","type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"$ref":"#/$defs/ruleRef"},"reason":{"type":"string","minLength":1,"description":"Why the finding does not apply (shown in the report)."}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rule === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reason === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "rule") || (key0 === "reason"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.rule !== undefined){
let data0 = data.rule;
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
const err3 = {instancePath:instancePath+"/rule",schemaPath:"#/$defs/ruleRef/pattern",keyword:"pattern",params:{pattern: "^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$"},message:"must match pattern \""+"^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$"+"\"",schema:"^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$",parentSchema:schema80,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/rule",schemaPath:"#/$defs/ruleRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.type,parentSchema:schema80,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.reason !== undefined){
let data1 = data.reason;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema81.properties.reason,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.reason.type,parentSchema:schema81.properties.reason,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.memory === undefined) && (missing0 = "memory")) || ((data.ram === undefined) && (missing0 = "ram"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.memory = true;
props0.ram = true;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.memory === undefined) && (missing1 = "memory")) || ((data.ramSize === undefined) && (missing1 = "ramSize"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.memory = true;
props0.ramSize = true;
}
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.ram === undefined) && (missing2 = "ram")) || ((data.ramSize === undefined) && (missing2 = "ramSize"))){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.ram = true;
props0.ramSize = true;
}
}
if(!valid1){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err4 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema33.not,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.arch !== undefined){
let data0 = data.arch;
if(!(((data0 === "arm64") || (data0 === "x86_64")) || (data0 === "riscv64"))){
const err5 = {instancePath:instancePath+"/arch",schemaPath:"#/properties/arch/enum",keyword:"enum",params:{allowedValues: schema33.properties.arch.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.arch.enum,parentSchema:schema33.properties.arch,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kernels !== undefined){
let data1 = data.kernels;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/kernels",schemaPath:"#/properties/kernels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.kernels,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data1[i0], {instancePath:instancePath+"/kernels/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/kernels",schemaPath:"#/properties/kernels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.kernels.type,parentSchema:schema33.properties.kernels,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.pageSize !== undefined){
let data3 = data.pageSize;
if(!(((data3 === "4K") || (data3 === "16K")) || (data3 === "64K"))){
const err8 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/enum",keyword:"enum",params:{allowedValues: schema33.properties.pageSize.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.pageSize.enum,parentSchema:schema33.properties.pageSize,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.paBits !== undefined){
let data4 = data.paBits;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/paBits",schemaPath:"#/properties/paBits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.paBits.type,parentSchema:schema33.properties.paBits,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 64 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/paBits",schemaPath:"#/properties/paBits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema33.properties.paBits,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4 < 32 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/paBits",schemaPath:"#/properties/paBits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 32},message:"must be >= 32",schema:32,parentSchema:schema33.properties.paBits,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.vaBits !== undefined){
let data5 = data.vaBits;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/vaBits",schemaPath:"#/properties/vaBits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.vaBits.type,parentSchema:schema33.properties.vaBits,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 64 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/vaBits",schemaPath:"#/properties/vaBits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema33.properties.vaBits,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5 < 32 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/vaBits",schemaPath:"#/properties/vaBits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 32},message:"must be >= 32",schema:32,parentSchema:schema33.properties.vaBits,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.memory !== undefined){
if(!(validate29(data.memory, {instancePath:instancePath+"/memory",parentData:data,parentDataProperty:"memory",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.ram !== undefined){
let data7 = data.ram;
if(Array.isArray(data7)){
if(data7.length < 1){
const err15 = {instancePath:instancePath+"/ram",schemaPath:"#/properties/ram/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.ram,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate33(data7[i1], {instancePath:instancePath+"/ram/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/ram",schemaPath:"#/properties/ram/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.ram.type,parentSchema:schema33.properties.ram,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.ramSize !== undefined){
let data9 = data.ramSize;
if(typeof data9 === "string"){
if(!pattern6.test(data9)){
const err17 = {instancePath:instancePath+"/ramSize",schemaPath:"#/$defs/ramSize/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema57,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/ramSize",schemaPath:"#/$defs/ramSize/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.reservations !== undefined){
let data10 = data.reservations;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate42(data10[i2], {instancePath:instancePath+"/reservations/" + i2,parentData:data10,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/reservations",schemaPath:"#/properties/reservations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.reservations.type,parentSchema:schema33.properties.reservations,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.image !== undefined){
if(!(validate35(data.image, {instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.initrd !== undefined){
if(!(validate37(data.initrd, {instancePath:instancePath+"/initrd",parentData:data,parentDataProperty:"initrd",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.dtb !== undefined){
if(!(validate39(data.dtb, {instancePath:instancePath+"/dtb",parentData:data,parentDataProperty:"dtb",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.dma !== undefined){
if(!(validate53(data.dma, {instancePath:instancePath+"/dma",parentData:data,parentDataProperty:"dma",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.devices !== undefined){
let data16 = data.devices;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(!(validate57(data16[i3], {instancePath:instancePath+"/devices/" + i3,parentData:data16,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.devices.type,parentSchema:schema33.properties.devices,data:data16};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.config !== undefined){
let data18 = data.config;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key0 in data18){
if(!(func1.call(schema38.properties, key0))){
const err21 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/kernelConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data18};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data18.ZONE_DMA !== undefined){
let data19 = data18.ZONE_DMA;
if(typeof data19 !== "boolean"){
const err22 = {instancePath:instancePath+"/config/ZONE_DMA",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DMA.type,parentSchema:schema38.properties.ZONE_DMA,data:data19};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data18.ZONE_DMA32 !== undefined){
let data20 = data18.ZONE_DMA32;
if(typeof data20 !== "boolean"){
const err23 = {instancePath:instancePath+"/config/ZONE_DMA32",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DMA32/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DMA32.type,parentSchema:schema38.properties.ZONE_DMA32,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data18.RODATA_FULL_DEFAULT_ENABLED !== undefined){
let data21 = data18.RODATA_FULL_DEFAULT_ENABLED;
if(typeof data21 !== "boolean"){
const err24 = {instancePath:instancePath+"/config/RODATA_FULL_DEFAULT_ENABLED",schemaPath:"#/$defs/kernelConfig/properties/RODATA_FULL_DEFAULT_ENABLED/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.RODATA_FULL_DEFAULT_ENABLED.type,parentSchema:schema38.properties.RODATA_FULL_DEFAULT_ENABLED,data:data21};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data18.KFENCE !== undefined){
let data22 = data18.KFENCE;
if(typeof data22 !== "boolean"){
const err25 = {instancePath:instancePath+"/config/KFENCE",schemaPath:"#/$defs/kernelConfig/properties/KFENCE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.KFENCE.type,parentSchema:schema38.properties.KFENCE,data:data22};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data18.KFENCE_SAMPLE_INTERVAL !== undefined){
let data23 = data18.KFENCE_SAMPLE_INTERVAL;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err26 = {instancePath:instancePath+"/config/KFENCE_SAMPLE_INTERVAL",schemaPath:"#/$defs/kernelConfig/properties/KFENCE_SAMPLE_INTERVAL/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.KFENCE_SAMPLE_INTERVAL.type,parentSchema:schema38.properties.KFENCE_SAMPLE_INTERVAL,data:data23};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err27 = {instancePath:instancePath+"/config/KFENCE_SAMPLE_INTERVAL",schemaPath:"#/$defs/kernelConfig/properties/KFENCE_SAMPLE_INTERVAL/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.KFENCE_SAMPLE_INTERVAL,data:data23};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data18.DEBUG_PAGEALLOC !== undefined){
let data24 = data18.DEBUG_PAGEALLOC;
if(typeof data24 !== "boolean"){
const err28 = {instancePath:instancePath+"/config/DEBUG_PAGEALLOC",schemaPath:"#/$defs/kernelConfig/properties/DEBUG_PAGEALLOC/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.DEBUG_PAGEALLOC.type,parentSchema:schema38.properties.DEBUG_PAGEALLOC,data:data24};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data18.CMA !== undefined){
let data25 = data18.CMA;
if(typeof data25 !== "boolean"){
const err29 = {instancePath:instancePath+"/config/CMA",schemaPath:"#/$defs/kernelConfig/properties/CMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.CMA.type,parentSchema:schema38.properties.CMA,data:data25};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data18.CMA_SIZE_MBYTES !== undefined){
let data26 = data18.CMA_SIZE_MBYTES;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err30 = {instancePath:instancePath+"/config/CMA_SIZE_MBYTES",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_MBYTES/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.CMA_SIZE_MBYTES.type,parentSchema:schema38.properties.CMA_SIZE_MBYTES,data:data26};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err31 = {instancePath:instancePath+"/config/CMA_SIZE_MBYTES",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_MBYTES/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.CMA_SIZE_MBYTES,data:data26};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data18.RANDOMIZE_BASE !== undefined){
let data27 = data18.RANDOMIZE_BASE;
if(typeof data27 !== "boolean"){
const err32 = {instancePath:instancePath+"/config/RANDOMIZE_BASE",schemaPath:"#/$defs/kernelConfig/properties/RANDOMIZE_BASE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.RANDOMIZE_BASE.type,parentSchema:schema38.properties.RANDOMIZE_BASE,data:data27};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data18.X86_DIRECT_GBPAGES !== undefined){
let data28 = data18.X86_DIRECT_GBPAGES;
if(typeof data28 !== "boolean"){
const err33 = {instancePath:instancePath+"/config/X86_DIRECT_GBPAGES",schemaPath:"#/$defs/kernelConfig/properties/X86_DIRECT_GBPAGES/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.X86_DIRECT_GBPAGES.type,parentSchema:schema38.properties.X86_DIRECT_GBPAGES,data:data28};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data18.ZONE_DEVICE !== undefined){
let data29 = data18.ZONE_DEVICE;
if(typeof data29 !== "boolean"){
const err34 = {instancePath:instancePath+"/config/ZONE_DEVICE",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DEVICE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DEVICE.type,parentSchema:schema38.properties.ZONE_DEVICE,data:data29};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/kernelConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.cpu !== undefined){
let data30 = data.cpu;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key1 in data30){
if(!(((key1 === "bbml2Noabort") || (key1 === "lpa2")) || (key1 === "gbpages"))){
const err36 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/cpuFeatures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data:data30};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data30.bbml2Noabort !== undefined){
let data31 = data30.bbml2Noabort;
if(typeof data31 !== "boolean"){
const err37 = {instancePath:instancePath+"/cpu/bbml2Noabort",schemaPath:"#/$defs/cpuFeatures/properties/bbml2Noabort/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema77.properties.bbml2Noabort.type,parentSchema:schema77.properties.bbml2Noabort,data:data31};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data30.lpa2 !== undefined){
let data32 = data30.lpa2;
if(typeof data32 !== "boolean"){
const err38 = {instancePath:instancePath+"/cpu/lpa2",schemaPath:"#/$defs/cpuFeatures/properties/lpa2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema77.properties.lpa2.type,parentSchema:schema77.properties.lpa2,data:data32};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data30.gbpages !== undefined){
let data33 = data30.gbpages;
if(typeof data33 !== "boolean"){
const err39 = {instancePath:instancePath+"/cpu/gbpages",schemaPath:"#/$defs/cpuFeatures/properties/gbpages/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema77.properties.gbpages.type,parentSchema:schema77.properties.gbpages,data:data33};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/cpuFeatures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data:data30};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.boot !== undefined){
if(!(validate25(data.boot, {instancePath:instancePath+"/boot",parentData:data,parentDataProperty:"boot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.cmdline !== undefined){
let data35 = data.cmdline;
if(typeof data35 !== "string"){
const err41 = {instancePath:instancePath+"/cmdline",schemaPath:"#/properties/cmdline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.cmdline.type,parentSchema:schema33.properties.cmdline,data:data35};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.expect !== undefined){
let data36 = data.expect;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key2 in data36){
if(!(((((key2 === "reservationRequired") || (key2 === "dumpTargetReachable")) || (key2 === "protectionRequired")) || (key2 === "noFallbackAbove4G")) || (key2 === "noBasePageLinearMap"))){
const err42 = {instancePath:instancePath+"/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data:data36};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data36.reservationRequired !== undefined){
let data37 = data36.reservationRequired;
if(typeof data37 !== "boolean"){
const err43 = {instancePath:instancePath+"/expect/reservationRequired",schemaPath:"#/$defs/expect/properties/reservationRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema78.properties.reservationRequired.type,parentSchema:schema78.properties.reservationRequired,data:data37};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data36.dumpTargetReachable !== undefined){
let data38 = data36.dumpTargetReachable;
if(typeof data38 !== "boolean"){
const err44 = {instancePath:instancePath+"/expect/dumpTargetReachable",schemaPath:"#/$defs/expect/properties/dumpTargetReachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema78.properties.dumpTargetReachable.type,parentSchema:schema78.properties.dumpTargetReachable,data:data38};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data36.protectionRequired !== undefined){
let data39 = data36.protectionRequired;
if(typeof data39 !== "boolean"){
const err45 = {instancePath:instancePath+"/expect/protectionRequired",schemaPath:"#/$defs/expect/properties/protectionRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema78.properties.protectionRequired.type,parentSchema:schema78.properties.protectionRequired,data:data39};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data36.noFallbackAbove4G !== undefined){
let data40 = data36.noFallbackAbove4G;
if(typeof data40 !== "boolean"){
const err46 = {instancePath:instancePath+"/expect/noFallbackAbove4G",schemaPath:"#/$defs/expect/properties/noFallbackAbove4G/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema78.properties.noFallbackAbove4G.type,parentSchema:schema78.properties.noFallbackAbove4G,data:data40};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data36.noBasePageLinearMap !== undefined){
let data41 = data36.noBasePageLinearMap;
if(typeof data41 !== "boolean"){
const err47 = {instancePath:instancePath+"/expect/noBasePageLinearMap",schemaPath:"#/$defs/expect/properties/noBasePageLinearMap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema78.properties.noBasePageLinearMap.type,parentSchema:schema78.properties.noBasePageLinearMap,data:data41};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data:data36};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.severity !== undefined){
if(!(validate60(data.severity, {instancePath:instancePath+"/severity",parentData:data,parentDataProperty:"severity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.suppress !== undefined){
let data43 = data.suppress;
if(Array.isArray(data43)){
const len4 = data43.length;
for(let i4=0; i4<len4; i4++){
if(!(validate62(data43[i4], {instancePath:instancePath+"/suppress/" + i4,parentData:data43,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err49 = {instancePath:instancePath+"/suppress",schemaPath:"#/properties/suppress/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.suppress.type,parentSchema:schema33.properties.suppress,data:data43};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"arch":true,"kernels":true,"pageSize":true,"paBits":true,"vaBits":true,"memory":true,"ram":true,"ramSize":true,"reservations":true,"image":true,"initrd":true,"dtb":true,"dma":true,"devices":true,"config":true,"cpu":true,"boot":true,"cmdline":true,"expect":true,"severity":true,"suppress":true},"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(((((((((((((((((((((key0 !== "arch") && (key0 !== "kernels")) && (key0 !== "pageSize")) && (key0 !== "paBits")) && (key0 !== "vaBits")) && (key0 !== "memory")) && (key0 !== "ram")) && (key0 !== "ramSize")) && (key0 !== "reservations")) && (key0 !== "image")) && (key0 !== "initrd")) && (key0 !== "dtb")) && (key0 !== "dma")) && (key0 !== "devices")) && (key0 !== "config")) && (key0 !== "cpu")) && (key0 !== "boot")) && (key0 !== "cmdline")) && (key0 !== "expect")) && (key0 !== "severity")) && (key0 !== "suppress")){
const err0 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema83 = {"title":"Board","description":"One board: its identity, an optional preset, and its settings.","type":"object","allOf":[{"$ref":"#/$defs/settings"}],"unevaluatedProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","description":"Stable identifier, unique in the file (used in reports, fingerprints and `boards` filters)."},"name":{"type":"string","description":"Human-readable name."},"description":{"type":"string","description":"Free text: where the board's numbers come from."},"extends":{"type":"string","minLength":1,"description":"A built-in preset whose settings are merged under the board's: `qemu-virt-arm64`, `qemu-q35-x86_64`, `qemu-pc-x86_64`, `qemu-virt-riscv64`, `raspberrypi-4`."}}};
const pattern31 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern31.test(data0)){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema83.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.id.type,parentSchema:schema83.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.name.type,parentSchema:schema83.properties.name,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.description.type,parentSchema:schema83.properties.description,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.extends !== undefined){
let data3 = data.extends;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.extends,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.extends.type,parentSchema:schema83.properties.extends,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key0 in data){
if(((((((((((((((((((((((((key0 !== "id") && (key0 !== "name")) && (key0 !== "description")) && (key0 !== "extends")) && (key0 !== "arch")) && (key0 !== "kernels")) && (key0 !== "pageSize")) && (key0 !== "paBits")) && (key0 !== "vaBits")) && (key0 !== "memory")) && (key0 !== "ram")) && (key0 !== "ramSize")) && (key0 !== "reservations")) && (key0 !== "image")) && (key0 !== "initrd")) && (key0 !== "dtb")) && (key0 !== "dma")) && (key0 !== "devices")) && (key0 !== "config")) && (key0 !== "cpu")) && (key0 !== "boot")) && (key0 !== "cmdline")) && (key0 !== "expect")) && (key0 !== "severity")) && (key0 !== "suppress")){
const err7 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://crashkernel-check.dev/schemas/board-matrix/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.boards === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "boards"},message:"must have required property '"+"boards"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "$schema") || (key0 === "version")) || (key0 === "defaults")) || (key0 === "boards"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(1 !== data1){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.defaults !== undefined){
if(!(validate21(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.boards !== undefined){
let data3 = data.boards;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate66(data3[i0], {instancePath:instancePath+"/boards/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/boards",schemaPath:"#/properties/boards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.boards.type,parentSchema:schema31.properties.boards,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

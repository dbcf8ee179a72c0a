package org.inferscope.plugins.tribuo;

import org.inferscope.engine.api.BadInputException;
import org.tribuo.Model;

/** Checks the model class a file names, without running its static initialiser. */
final class ModelClasses {

    private ModelClasses() {
    }

    /** A dotted Java binary name ("org.tribuo.classification.sgd.linear.LinearSGDModel"). */
    static boolean isJavaClassName(String name) {
        if (name == null || name.isEmpty() || name.length() > 1000 || name.indexOf('.') < 0) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) {
                return false;
            }
            for (int i = 1; i < part.length(); i++) {
                if (!Character.isJavaIdentifierPart(part.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    static void requireModelClass(String className, String fileName) {
        Class<?> type;
        try {
            type = Class.forName(className, false, ModelClasses.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadInputException(fileName + " is a Tribuo " + simpleName(className) + " (" + className
                    + "), a model family this InferScope does not include; it reads linear SGD, logistic"
                    + " regression, factorization machine, sparse linear, LibLinear, LibSVM, XGBoost, CART tree,"
                    + " ensemble and k-NN models.", e);
        }
        if (!Model.class.isAssignableFrom(type)) {
            throw Messages.notTribuo(fileName, "it names " + className + ", which is not a Tribuo model class", null);
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
